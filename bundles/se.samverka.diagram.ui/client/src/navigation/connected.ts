/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
import { SModelElement, SModelRoot } from 'sprotty-protocol';

type Element = SModelElement & { row?: boolean, holder?: string, sourceId?: string, targetId?: string };

/**
 * The diagram cut down to what is connected to one box: the box with all it holds, the boxes at the
 * other end of its lines (in either direction) with their rows, and the bodies that contain them.
 * A row stands for its holder: every body the role or coordinator sits in. The boxes keep their
 * places; undefined when the box is not in the diagram.
 */
export function connectedTo(graph: SModelRoot, focusId: string): SModelRoot | undefined {
    const byId = new Map<string, Element>();
    const parentOf = new Map<string, Element>();
    const lines: Element[] = [];
    const index = (element: Element) => {
        for (const child of (element.children || []) as Element[]) {
            if (child.type === 'line') {
                lines.push(child);
            } else {
                byId.set(child.id, child);
                parentOf.set(child.id, element);
            }
            index(child);
        }
    };
    index(graph);
    const focus = byId.get(focusId);
    if (!focus) {
        return undefined;
    }
    const kept = new Set<string>();
    const withContainers = (element: Element) => {
        for (let e: Element | undefined = element; e && e !== graph; e = parentOf.get(e.id)) {
            kept.add(e.id);
        }
    };
    const withRows = (element: Element) => {
        withContainers(element);
        (element.children || []).filter((child: Element) => child.row).forEach(child => kept.add(child.id));
    };
    const withAll = (element: Element) => {
        kept.add(element.id);
        (element.children || []).filter(child => child.type !== 'line').forEach(withAll);
    };
    let centres: Element[] = [focus];
    if (focus.row) {
        const body = parentOf.get(focus.id)!;
        centres = [body];
        if (focus.holder) {
            byId.forEach(element => {
                const container = parentOf.get(element.id);
                if (element.row && element.holder === focus.holder && container && !centres.includes(container)) {
                    centres.push(container);
                }
            });
        }
    }
    for (const centre of centres) {
        withContainers(centre);
        withAll(centre);
    }
    const centreIds = new Set(centres.map(centre => centre.id));
    for (const line of lines) {
        const other = centreIds.has(line.sourceId!) ? line.targetId : centreIds.has(line.targetId!) ? line.sourceId : undefined;
        const end = other === undefined ? undefined : byId.get(other);
        if (end) {
            withRows(end);
        }
    }
    const copy = (element: Element): Element => ({
        ...element,
        children: (element.children || [])
            .filter((child: Element) => child.type === 'line'
                ? kept.has(child.sourceId!) && kept.has(child.targetId!)
                : kept.has(child.id))
            .map(copy)
    });
    return copy(graph) as SModelRoot;
}

/** The ids of a model's boxes that stand directly on the graph. */
export function topBoxes(graph: SModelRoot): string[] {
    return (graph.children || []).filter(child => child.type === 'box').map(child => child.id);
}
