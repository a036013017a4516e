/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
import { VNode } from 'snabbdom';
import { RenderingContext, svg } from 'sprotty';
import { Box } from '../model';

// where a row's text starts, as the SVG export writes it (SvgWriter.ROW_TEXT_INSET, ROW_BASELINE, ElkLayoutEngine.LINE_HEIGHT)
const TEXT_INSET = 6;
const BASELINE = 13;
const LINE_HEIGHT = 14;

/**
 * A row of a body's compartment list, drawn like the SVG export: the party's colour, the role from
 * the left in plain text, the person in italics below. A role or coordinator that sits in several
 * bodies is highlighted in all of them while one of its rows is hovered or selected.
 */
export function renderRow(row: Readonly<Box>, context: RenderingContext): VNode {
    const titleLines = row.titleLines.length > 0 ? row.titleLines : [row.label];
    const detailLines = row.detailLines.length > 0 ? row.detailLines : row.details;
    return <g class-box={true} class-row={true} class-selected={row.selected} class-mouseover={row.hoverFeedback} class-same-holder={holderInFocus(row)}
              data-kind={row.kind} data-holder={row.holder ?? ''}>
        <title>{[row.label, ...row.details].join('\n')}</title>
        <rect x={0} y={0} width={row.size.width} height={row.size.height} rx={2} fill={row.fill}></rect>
        {titleLines.map((line, index) =>
            <text class-title={true} x={TEXT_INSET} y={BASELINE + index * LINE_HEIGHT}>{line}</text>)}
        {detailLines.map((detail, index) =>
            <text class-detail={true} x={TEXT_INSET}
                  y={BASELINE + (titleLines.length + index) * LINE_HEIGHT}>{detail}</text>)}
        {context.renderChildren(row)}
    </g>;
}

/** Whether a row of the same holder (this one included) is hovered or selected. */
function holderInFocus(row: Readonly<Box>): boolean {
    if (!row.holder) {
        return false;
    }
    for (const element of row.root.index.all()) {
        if (element instanceof Box && element.holder === row.holder && (element.hoverFeedback || element.selected)) {
            return true;
        }
    }
    return false;
}
