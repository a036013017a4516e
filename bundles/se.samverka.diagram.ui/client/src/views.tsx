import { injectable } from 'inversify';
import { VNode } from 'snabbdom';
import { IView, RenderingContext, ShapeView, svg } from 'sprotty';
import { Box, Line } from './model';
import { renderRow } from './navigation/rows';

// the sizes the Java layout reserved for the text (ElkLayoutEngine.LINE_HEIGHT and the SVG writer's baseline)
const TITLE_BASELINE = 17;
const LINE_HEIGHT = 14;

/** A box drawn like the SVG export: title, detail lines, and the codes of the validation findings on it. */
@injectable()
export class BoxView extends ShapeView {
    render(box: Readonly<Box>, context: RenderingContext): VNode | undefined {
        if (!this.isVisible(box, context)) {
            return undefined;
        }
        if (box.row) {
            return renderRow(box, context);
        }
        const width = box.size.width;
        const height = box.size.height;
        const centre = width / 2;
        const titleLines = box.titleLines.length > 0 ? box.titleLines : [box.label];
        const detailLines = box.detailLines.length > 0 ? box.detailLines : box.details;
        return <g class-box={true} class-selected={box.selected} class-gap={box.gap}
                  class-has-findings={box.findings.length > 0} data-kind={box.kind}>
            <title>{[box.label, ...box.details, ...box.findings.map(code => '⚠ ' + code)].join('\n')}</title>
            <rect x={0} y={0} width={width} height={height} rx={6} fill={box.fill}></rect>
            {titleLines.map((line, index) =>
                <text class-title={true} x={centre} y={TITLE_BASELINE + index * LINE_HEIGHT}>{line}</text>)}
            {detailLines.map((detail, index) =>
                <text class-detail={true} x={centre}
                      y={TITLE_BASELINE + (titleLines.length + index) * LINE_HEIGHT}>{detail}</text>)}
            {box.findings.length > 0
                ? <text class-findings={true} x={6} y={height - 6}>{'⚠ ' + box.findings.join(' ')}</text>
                : ''}
            {context.renderChildren(box)}
        </g>;
    }
}

/** A line along ELK's route, with an arrowhead at its end and its label where ELK placed it. */
@injectable()
export class LineView implements IView {
    render(line: Readonly<Line>, context: RenderingContext): VNode | undefined {
        if (line.points.length < 2) {
            return undefined;
        }
        const path = line.points.map((p, i) => (i === 0 ? 'M' : 'L') + p.x + ',' + p.y).join(' ');
        const end = line.points[line.points.length - 1];
        const before = line.points[line.points.length - 2];
        const angle = Math.atan2(end.y - before.y, end.x - before.x) * 180 / Math.PI;
        const middle = line.points[Math.floor(line.points.length / 2)];
        const labelAt = line.labelPosition ?? { x: middle.x + 3, y: middle.y - 3 };
        return <g class-line={true} data-kind={line.kind}>
            <path d={path}></path>
            <path class-arrow={true} d="M 0,0 L -9,-4 L -9,4 Z"
                  transform={`translate(${end.x},${end.y}) rotate(${angle})`}></path>
            <text class-line-label={true} x={labelAt.x} y={labelAt.y}>{line.label}</text>
        </g>;
    }
}
