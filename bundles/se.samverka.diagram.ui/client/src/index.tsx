import 'reflect-metadata';
import { Container, ContainerModule, injectable } from 'inversify';
import {
    ActionDispatcher, IActionHandler, ICommand, LocalModelSource, SGraphImpl, SGraphView, TYPES,
    configureActionHandler, configureModelElement, configureViewerOptions, loadDefaultModules
} from 'sprotty';
import {
    Action, CenterAction, FitToScreenAction, OpenAction, SModelElement, SModelRoot, SelectAction, SelectAllAction,
    SetViewportAction
} from 'sprotty-protocol';
import sprottyCss from 'sprotty/css/sprotty.css';
import diagramCss from './diagram.css';
import { Box, Line } from './model';
import { BoxView, LineView } from './views';
import editingCss from './editing/editing.css';
import { installEditing } from './editing/editing';
import { configureNavigation, installNavigation } from './navigation/navigation';

/**
 * Samverka's diagram view in the workbench's SWT Browser. Java lays the diagram out with ELK and
 * hands it over as a Sprotty model (window.samverka.show); the user's selections go back to Java
 * through the BrowserFunctions samverkaSelected and samverkaOpened.
 */
const page = window as any;

@injectable()
class SelectionToJava implements IActionHandler {
    handle(action: Action): void | ICommand | Action {
        if (action.kind === SelectAction.KIND) {
            const selected = (action as SelectAction).selectedElementsIDs;
            if (selected.length > 0 && typeof page.samverkaSelected === 'function') {
                page.samverkaSelected(selected[selected.length - 1]);
            }
        } else if (action.kind === OpenAction.KIND && typeof page.samverkaOpened === 'function') {
            page.samverkaOpened((action as OpenAction).elementId);
        }
    }
}

const diagramModule = new ContainerModule((bind, unbind, isBound, rebind) => {
    const context = { bind, unbind, isBound, rebind };
    bind(TYPES.ModelSource).to(LocalModelSource).inSingletonScope();
    configureModelElement(context, 'graph', SGraphImpl, SGraphView);
    configureModelElement(context, 'box', Box, BoxView);
    configureModelElement(context, 'line', Line, LineView);
    configureActionHandler(context, SelectAction.KIND, SelectionToJava);
    configureActionHandler(context, OpenAction.KIND, SelectionToJava);
    configureNavigation(context);
    configureViewerOptions(context, {
        baseDiv: 'sprotty',
        hiddenDiv: 'sprotty-hidden',
        needsClientLayout: false, // Java's ELK layout has placed and sized everything
        needsServerLayout: false
    });
});

function addStyle(css: string): void {
    const style = document.createElement('style');
    style.textContent = css;
    document.head.appendChild(style);
}

function start(): void {
    addStyle(sprottyCss);
    addStyle(diagramCss);
    addStyle(editingCss);
    const container = new Container();
    loadDefaultModules(container);
    container.load(diagramModule);
    const dispatcher = container.get<ActionDispatcher>(TYPES.IActionDispatcher);
    const source = container.get<LocalModelSource>(TYPES.ModelSource);
    let shown = false;
    // named explicitly: with no ids, Sprotty would fit the selected boxes only
    const topBoxes = () => (source.model.children || []).filter(child => child.type === 'box').map(child => child.id);
    let message: HTMLElement | undefined;

    page.samverka = {
        /**
         * Shows a model. A new diagram (another file or view) is fitted into the view; a redraw of
         * the same one (an edit, a filter) keeps the reader's zoom and scroll.
         */
        show(model: SModelRoot, newDiagram: boolean): Promise<void> {
            message?.remove();
            message = undefined;
            const fit = newDiagram || !shown;
            shown = true;
            return (fit ? source.setModel(model) : source.updateModel(model)).then(() => {
                if (fit) {
                    return dispatcher.dispatch(FitToScreenAction.create(topBoxes(), { padding: 20, maxZoom: 1, animate: false }));
                }
            }).catch(failure => {
                page.samverkaFailure = String(failure && failure.stack || failure);
            });
        },
        /** Says why there is nothing to draw, in the reader's language (the text comes from Java). */
        empty(text: string): void {
            message?.remove();
            message = document.createElement('div');
            message.className = 'empty';
            message.textContent = text;
            document.body.appendChild(message);
        },
        /** Highlights the box of the element at the caret and scrolls it into view. */
        highlight(id: string): Promise<void> {
            return dispatcher.dispatchAll([
                SelectAllAction.create({ select: false }),
                SelectAction.create({ selectedElementsIDs: [id] }),
                CenterAction.create([id], { animate: true, retainZoom: true })
            ]);
        },
        fit(): Promise<void> {
            return dispatcher.dispatch(FitToScreenAction.create(topBoxes(), { padding: 20, animate: true }));
        },
        zoom(factor: number): Promise<void> {
            return source.getViewport().then(viewport => {
                const zoom = viewport.zoom * factor;
                // keep the middle of the view where it is
                const middleX = viewport.scroll.x + viewport.canvasBounds.width / 2 / viewport.zoom;
                const middleY = viewport.scroll.y + viewport.canvasBounds.height / 2 / viewport.zoom;
                const scroll = {
                    x: middleX - viewport.canvasBounds.width / 2 / zoom,
                    y: middleY - viewport.canvasBounds.height / 2 / zoom
                };
                return dispatcher.dispatch(SetViewportAction.create('graph', { scroll, zoom }, { animate: true }));
            });
        },
        /**
         * What the view holds, for tests and checks: the ids of all boxes of the model, those on
         * the page (Sprotty leaves out boxes scrolled out of view), and the selected ones.
         */
        drawn(): string {
            const boxIds: string[] = [];
            const collect = (element: SModelElement) => {
                if (element.type === 'box') {
                    boxIds.push(element.id);
                }
                (element.children || []).forEach(collect);
            };
            if (shown) {
                collect(source.model);
            }
            const idOf = (element: Element) => element.id.replace(/^sprotty_/, '');
            return JSON.stringify({
                boxes: boxIds,
                visible: Array.from(document.querySelectorAll('#sprotty g.box')).map(idOf),
                selected: Array.from(document.querySelectorAll('#sprotty g.box.selected')).map(idOf),
                failure: page.samverkaFailure
            });
        },
        editing: installEditing(gesture => {
            if (typeof page.samverkaGesture === 'function') {
                page.samverkaGesture(JSON.stringify(gesture));
            }
        }),
        ready: true
    };
    installNavigation(page.samverka, dispatcher, source);
}

try {
    start();
} catch (failure: any) {
    page.samverkaFailure = String(failure && failure.stack || failure);
}
