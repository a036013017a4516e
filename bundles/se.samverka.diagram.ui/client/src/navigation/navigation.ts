/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
import { injectable } from 'inversify';
import {
    ActionDispatcher, IActionHandler, ICommand, InitializeCanvasBoundsAction, LocalModelSource, configureActionHandler
} from 'sprotty';
import { Action, FitToScreenAction, SModelRoot, SelectAction, SelectAllAction } from 'sprotty-protocol';
import { connectedTo, topBoxes } from './connected';
import navigationCss from './navigation.css';

/** The box the reader selected last, by a click, the caret in the text or a search. */
let lastSelected: string | undefined;
let onSelected: (id: string) => void = () => undefined;

@injectable()
class SelectionTracker implements IActionHandler {
    handle(action: Action): void | ICommand | Action {
        const selected = (action as SelectAction).selectedElementsIDs;
        if (selected.length > 0) {
            lastSelected = selected[selected.length - 1];
            onSelected(lastSelected);
        }
    }
}

/** Binds what the navigation needs into the diagram's container module. */
export function configureNavigation(context: Parameters<typeof configureActionHandler>[0]): void {
    configureActionHandler(context, SelectAction.KIND, SelectionTracker);
}

/** What the page offers Java (window.samverka), which the navigation extends. */
export interface DiagramApi {
    show(model: SModelRoot, newDiagram: boolean): Promise<void>;
    [name: string]: unknown;
}

/**
 * Adds to the page's API what helps the reader find their way in a large diagram: selecting a box
 * without scrolling, showing only what is connected to the selection, and the current zoom and scroll.
 */
export function installNavigation(api: DiagramApi, dispatcher: ActionDispatcher, source: LocalModelSource): void {
    const style = document.createElement('style');
    style.textContent = navigationCss;
    document.head.appendChild(style);

    let whole: SModelRoot | undefined; // the model as Java sent it, before the connected-only cut
    let connectedOnly = false;
    let focus: string | undefined;
    const cut = (model: SModelRoot): SModelRoot => {
        const connected = connectedOnly && focus ? connectedTo(model, focus) : undefined;
        return connected ?? model;
    };
    const fit = () => dispatcher.dispatch(FitToScreenAction.create(topBoxes(source.model), { padding: 20, maxZoom: 1, animate: true }));

    // Sprotty measures its canvas once per new diagram; the view is resized (maximized, restored,
    // the sash dragged) after that, and centring and fitting need the size it has now
    const measureCanvas = () => {
        const canvas = document.querySelector('#sprotty svg');
        if (!canvas) {
            return;
        }
        const r = canvas.getBoundingClientRect();
        const bounds = { x: r.left + window.scrollX, y: r.top + window.scrollY, width: r.width, height: r.height };
        if (bounds.width > 0 && bounds.height > 0) {
            dispatcher.dispatch(InitializeCanvasBoundsAction.create(bounds));
        }
    };
    let resizing: number | undefined;
    window.addEventListener('resize', () => {
        window.clearTimeout(resizing);
        resizing = window.setTimeout(measureCanvas, 100);
    });
    for (const name of ['highlight', 'fit', 'zoom']) {
        const original = api[name] as (...args: unknown[]) => Promise<void>;
        api[name] = (...args: unknown[]) => {
            measureCanvas();
            return original(...args);
        };
    }

    const show = api.show;
    api.show = (model: SModelRoot, newDiagram: boolean) => {
        whole = model;
        return show(cut(model), newDiagram);
    };
    onSelected = id => {
        if (connectedOnly && whole && id !== focus && connectedTo(whole, id)) {
            focus = id;
            // after the selection's own dispatch has finished
            setTimeout(() => source.updateModel(cut(whole!)).then(() => dispatcher.dispatch(SelectAction.create({ selectedElementsIDs: [id] }))));
        }
    };

    Object.assign(api, {
        /** Selects a box without scrolling: a redraw keeps the highlight and the reader's place. */
        select(id: string): Promise<void> {
            return dispatcher.dispatchAll([
                SelectAllAction.create({ select: false }),
                SelectAction.create({ selectedElementsIDs: [id] })
            ]);
        },
        /** Shows only what is connected to the last selected box, or everything again, and fits it into the view. */
        connectedOnly(on: boolean): Promise<void> {
            connectedOnly = on;
            focus = on ? lastSelected : undefined;
            if (!whole) {
                return Promise.resolve();
            }
            const selected = lastSelected;
            return source.updateModel(cut(whole)).then(() => fit()).then(() => selected && on
                ? dispatcher.dispatch(SelectAction.create({ selectedElementsIDs: [selected] })) : undefined);
        },
        /** The zoom and scroll shown now, as JSON {"zoom", "x", "y"}, read from the drawn page. */
        viewport(): string {
            const group = document.querySelector('#sprotty svg > g');
            const transform = group?.getAttribute('transform') ?? '';
            const scale = /scale\(([-\d.e]+)\)/.exec(transform);
            const translate = /translate\(([-\d.e]+),\s*([-\d.e]+)\)/.exec(transform);
            const zoom = scale ? Number(scale[1]) : 1;
            return JSON.stringify({
                zoom,
                x: translate ? -Number(translate[1]) : 0,
                y: translate ? -Number(translate[2]) : 0,
                connectedOnly,
                focus
            });
        }
    });
}
