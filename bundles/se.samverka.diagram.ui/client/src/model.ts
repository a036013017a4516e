/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
import { RectangularNode, SChildElementImpl, moveFeature } from 'sprotty';
import { Point } from 'sprotty-protocol';

/** A box of the diagram as the Java side laid it out (se.samverka.diagram.render.SprottyModelWriter). */
export class Box extends RectangularNode {
    kind = '';
    label = '';
    fill = '#f4f4f4';
    gap = false;
    details: string[] = [];
    /** The title and details wrapped into lines by the Java layout, which sized the box for them. */
    titleLines: string[] = [];
    detailLines: string[] = [];
    findings: string[] = [];
    /** A row of its body's compartment list (a member, a legend's entry) rather than a box of its own. */
    row = false;
    /** Who a row stands for, the same in every body that role or coordinator sits in; absent for other rows. */
    holder?: string;

    override hasFeature(feature: symbol): boolean {
        // the layout is ELK's, computed in Java: boxes are selected, never dragged
        return feature !== moveFeature && super.hasFeature(feature);
    }
}

/** A line with its route already computed by ELK, in the graph's coordinates. */
export class Line extends SChildElementImpl {
    kind = '';
    label = '';
    sourceId = '';
    targetId = '';
    points: Point[] = [];
    /** The start of the label's baseline in the place ELK gave it, off the boxes; absent for a line without a label. */
    labelPosition?: Point;
}
