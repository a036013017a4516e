/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */

/**
 * The gestures that edit the governance structure: a palette of tools, dragging member rows and
 * bodies, renaming a title in place; the Delete, F2, Esc and Ctrl+Z / Ctrl+Y keys act through Java. Each gesture is sent to
 * Java as JSON through the BrowserFunction samverkaGesture ({tool, targets: [box ids], …}); Java
 * runs the language server's operation, puts the text edit into the editor and redraws. Nothing
 * here changes the model: the text stays the single source of truth.
 */

/** A palette tool as Java describes it, its label and hints in the user's language. */
export interface Tool {
    id: string;
    label: string;
    /** How many boxes the tool is applied to: 1 (a body, or empty space), 2 (a line's source and target). */
    clicks: number;
    hint: string;
    hintTarget: string;
    /** Whether a click on empty space (no box) counts: a new body at the agreement's top level. */
    onEmptySpace: boolean;
}

export interface Editing {
    /** Shows the palette's tools; none: no palette (a diagram that is not edited). */
    palette(tools: Tool[], bodyKinds?: string[]): void;
    /** The boxes whose title can be renamed in place (a body, a party, a member row naming a role), after each drawing. */
    renameable(ids: string[]): void;
    /** The tool armed, or null, for tests and checks. */
    armed(): string | null;
    /** Delete on the selected box, when the workbench's Delete key reaches Java rather than the page. */
    deleteSelected(): void;
    /** F2 on the selected box, likewise. */
    renameSelected(): void;
    /** Esc, when it reaches Java rather than the page: cancels a rename in place, or disarms the tool. */
    escape(): void;
}

const DRAG_THRESHOLD = 5;

export function installEditing(send: (gesture: object) => void): Editing {
    // Sprotty replaces its base element (#sprotty) when it first draws: the listeners are on the document
    const inDiagram = (event: Event) => event.target instanceof Element && event.target.closest('#sprotty') !== null;
    const paletteDiv = document.createElement('div');
    paletteDiv.id = 'palette';
    paletteDiv.style.display = 'none';
    document.body.appendChild(paletteDiv);
    const hint = document.createElement('div');
    hint.id = 'palette-hint';
    hint.style.display = 'none';
    document.body.appendChild(hint);

    let bodyKinds: string[] = [];
    let renameable = new Set<string>();
    let armed: { tool: Tool, targets: (string | null)[], button: HTMLElement } | null = null;
    let drag: { id: string, kind: string, x: number, y: number, moving: boolean, ghost?: HTMLElement, shield?: HTMLElement } | null = null;
    let dropTarget: Element | null = null;
    let renaming: HTMLInputElement | null = null;

    const boxOf = (element: Element | null): Element | null => element ? element.closest('#sprotty g.box') : null;
    const idOf = (box: Element) => box.id.replace(/^sprotty_/, '');
    // a box's id starts with its kind ("steering-group:Styrgruppen", "member:Styrgruppen:1")
    const kindOf = (box: Element) => idOf(box).split(':')[0];
    const isBody = (box: Element) => bodyKinds.indexOf(kindOf(box)) >= 0;
    const isMember = (box: Element) => kindOf(box) === 'member';
    const canRename = (box: Element) => renameable.has(idOf(box));
    /** The box the user pressed last: of several selected boxes (a row and its body), the one Delete and F2 mean. */
    let lastPressed: string | null = null;
    const selectedBox = (): Element | null => {
        const pressed = lastPressed ? document.getElementById('sprotty_' + lastPressed) : null;
        if (pressed && pressed.classList.contains('selected')) {
            return pressed;
        }
        const selected = document.querySelectorAll('#sprotty g.box.selected');
        return selected.length > 0 ? selected[selected.length - 1] : null;
    };

    // Ctrl held while a row is dragged copies it. The key's own events say so as well as the mouse's:
    // some X servers (Xvfb) keep a Ctrl pressed on the keyboard out of the mouse events' ctrlKey
    let controlHeld = false;
    document.addEventListener('keydown', event => {
        controlHeld = event.key === 'Control' || event.ctrlKey;
    }, true);
    document.addEventListener('keyup', event => {
        if (event.key === 'Control') {
            controlHeld = false;
        }
    }, true);
    window.addEventListener('blur', () => controlHeld = false);
    const copying = (event: MouseEvent) => event.ctrlKey || controlHeld;

    /** Ctrl+Z: UNDO; Ctrl+Y or Ctrl+Shift+Z: REDO; any other key: null. */
    function historyKey(event: KeyboardEvent): 'UNDO' | 'REDO' | null {
        if (!(event.ctrlKey || event.metaKey)) {
            return null;
        }
        const z = event.key === 'z' || event.key === 'Z';
        return z && !event.shiftKey ? 'UNDO' : z || event.key === 'y' || event.key === 'Y' ? 'REDO' : null;
    }

    function disarm(): void {
        armed?.button.classList.remove('armed');
        armed = null;
        hint.style.display = 'none';
        document.body.classList.remove('tool-armed');
    }

    function arm(tool: Tool, button: HTMLElement): void {
        disarm();
        armed = { tool, targets: [], button };
        button.classList.add('armed');
        showHint(tool.hint);
        document.body.classList.add('tool-armed');
    }

    function showHint(text: string): void {
        hint.textContent = text;
        hint.style.display = 'block';
    }

    /** A click while a tool is armed: it picks the tool's boxes instead of selecting. */
    function pick(event: MouseEvent): void {
        const tool = armed!.tool;
        const box = boxOf(event.target as Element);
        const target = box ? idOf(box) : null;
        if (target === null && !(tool.onEmptySpace && armed!.targets.length === 0)) {
            return;
        }
        armed!.targets.push(target);
        if (armed!.targets.length >= tool.clicks) {
            const gesture = { tool: tool.id, targets: armed!.targets };
            disarm();
            send(gesture);
        } else {
            showHint(tool.hintTarget);
        }
    }

    document.addEventListener('mousedown', event => {
        if (renaming && event.target !== renaming) {
            // a click elsewhere leaves the title as it was
            cancelRename();
        }
        if (event.button !== 0 || !inDiagram(event)) {
            return;
        }
        if (armed) {
            event.stopPropagation();
            event.preventDefault();
            pick(event);
            return;
        }
        const box = boxOf(event.target as Element);
        lastPressed = box ? idOf(box) : null;
        if (box && (isMember(box) || isBody(box)) && !renaming) {
            drag = { id: idOf(box), kind: kindOf(box), x: event.clientX, y: event.clientY, moving: false };
        }
    }, true);

    // a box is dragged by these gestures only: no text selection, no native drag of a selected word (which
    // takes the pointer's moves from the page)
    document.addEventListener('selectstart', event => {
        if (inDiagram(event)) {
            event.preventDefault();
        }
    }, true);
    document.addEventListener('dragstart', event => {
        if (inDiagram(event)) {
            event.preventDefault();
        }
    }, true);

    document.addEventListener('mouseup', event => {
        if (armed && inDiagram(event)) {
            event.stopPropagation();
        }
    }, true);

    document.addEventListener('mousemove', event => {
        if (!drag) {
            return;
        }
        if (!drag.moving && Math.hypot(event.clientX - drag.x, event.clientY - drag.y) < DRAG_THRESHOLD) {
            return;
        }
        if (!drag.moving) {
            drag.moving = true;
            drag.ghost = document.createElement('div');
            drag.ghost.className = 'drag-ghost';
            const title = document.querySelector('#sprotty_' + CSS.escape(drag.id) + ' > title');
            drag.ghost.textContent = (title?.textContent || drag.id).split('\n')[0];
            document.body.appendChild(drag.ghost);
            // a clear layer over the diagram while dragging: the boxes under the pointer show no hover tooltip over the drop
            drag.shield = document.createElement('div');
            drag.shield.className = 'drag-shield';
            document.body.appendChild(drag.shield);
            document.body.classList.add('dragging');
        }
        // the diagram does not scroll under a drag
        event.stopPropagation();
        drag.ghost!.style.left = (event.clientX + 12) + 'px';
        drag.ghost!.style.top = (event.clientY + 8) + 'px';
        drag.ghost!.classList.toggle('copy', copying(event));
        drag.shield!.style.display = 'none';
        const over = boxOf(document.elementFromPoint(event.clientX, event.clientY));
        drag.shield!.style.display = '';
        if (over !== dropTarget) {
            dropTarget?.classList.remove('drop-target');
            dropTarget = over && idOf(over) !== drag.id ? over : null;
            dropTarget?.classList.add('drop-target');
        }
    }, true);

    document.addEventListener('mouseup', event => {
        const ended = drag;
        drag = null;
        dropTarget?.classList.remove('drop-target');
        dropTarget = null;
        if (!ended || !ended.moving) {
            return;
        }
        ended.ghost?.remove();
        ended.shield?.remove();
        document.body.classList.remove('dragging');
        const over = boxOf(document.elementFromPoint(event.clientX, event.clientY));
        if (over && idOf(over) !== ended.id) {
            send({
                tool: ended.kind === 'member' ? 'dragMember' : 'dragBody',
                targets: [ended.id, idOf(over)],
                copy: copying(event)
            });
        }
    }, true);

    /** An input over the box's title: Enter renames, Esc (or a click elsewhere) cancels. */
    function startRename(box: Element): void {
        cancelRename();
        const titleText = box.querySelector(':scope > text.title');
        const rect = box.querySelector(':scope > rect');
        if (!titleText || !rect) {
            return;
        }
        const id = idOf(box);
        const bounds = rect.getBoundingClientRect();
        const titleBounds = titleText.getBoundingClientRect();
        const input = document.createElement('input');
        input.className = 'rename';
        const original = (box.querySelector(':scope > title')?.textContent || '').split('\n')[0];
        input.value = original;
        input.style.left = bounds.left + 'px';
        // as wide as the box, or as the title typed when that is longer: all of it shows
        const fit = () => {
            input.style.width = Math.max(bounds.width, 120, textWidth(input) + 16) + 'px';
        };
        input.addEventListener('input', fit);
        input.style.top = (titleBounds.top - 3) + 'px';
        input.setAttribute('data-box', id);
        // Ctrl+Z in the box gives back the title as it was, Ctrl+Y the typing again: the editor's undo
        // (which the workbench runs for the same key) leaves a title being typed be (EditingKeys)
        let typed: string | null = null;
        input.addEventListener('keydown', event => {
            event.stopPropagation();
            const history = historyKey(event);
            if (history === 'UNDO') {
                event.preventDefault();
                if (input.value !== original) {
                    typed = input.value;
                    input.value = original;
                    input.select();
                    fit();
                }
            } else if (history === 'REDO') {
                event.preventDefault();
                if (typed !== null) {
                    input.value = typed;
                    typed = null;
                    fit();
                }
            } else if (event.key === 'Enter') {
                const title = input.value;
                cancelRename();
                if (title.trim().length > 0) {
                    send({ tool: 'rename', targets: [id], title });
                }
            } else if (event.key === 'Escape') {
                cancelRename();
            }
        });
        document.body.appendChild(input);
        fit();
        renaming = input;
        send({ tool: 'renaming', active: true });
        input.focus();
        input.select();
    }

    const measure = document.createElement('canvas').getContext('2d');

    /** The width of a text field's value in its own font, in the page's pixels. */
    function textWidth(input: HTMLInputElement): number {
        if (!measure) {
            return 0;
        }
        measure.font = getComputedStyle(input).font;
        return measure.measureText(input.value).width;
    }

    function cancelRename(): void {
        const input = renaming;
        renaming = null;
        if (input) {
            input.remove();
            send({ tool: 'renaming', active: false });
        }
    }

    document.addEventListener('dblclick', event => {
        const box = boxOf(event.target as Element);
        // a double click on a title renames it; elsewhere it opens the element in the text
        if (box && canRename(box) && (event.target as Element).classList.contains('title')) {
            event.stopPropagation();
            event.preventDefault();
            startRename(box);
        }
    }, true);

    function renameSelected(): void {
        if (renaming) {
            return;
        }
        const box = selectedBox();
        if (box && canRename(box)) {
            startRename(box);
        }
    }

    function deleteSelected(): void {
        if (renaming) {
            // Delete while a title is typed deletes a letter of it, not the box
            return;
        }
        const box = selectedBox();
        if (box && (isBody(box) || isMember(box))) {
            send({ tool: 'delete', targets: [idOf(box)] });
        }
    }

    // Ctrl+Z, Ctrl+Y, Delete and F2 are the workbench's keys too: SWT hands a key pressed in the browser to
    // the workbench's key bindings (which run the view's Undo, Redo, Delete and Rename) and then to the page.
    // The page reports them to Java all the same, which acts on a key no binding acted on (EditingKeys): a
    // binding does not run for Delete, which SWT gives the page first. Kept from Sprotty, which has an undo
    // of its own. Esc never reaches the page (SWT keeps it for traversal): Java calls escape().
    document.addEventListener('keydown', event => {
        if (renaming) {
            return;
        }
        const key = event.key === 'F2' ? 'RENAME' : event.key === 'Delete' ? 'DELETE' : historyKey(event);
        if (event.key === 'Escape' && armed) {
            disarm();
        } else if (key !== null) {
            event.preventDefault();
            if (!event.repeat) {
                send({ tool: 'key', key });
            }
        } else {
            return;
        }
        event.stopPropagation();
    }, true);

    return {
        palette(tools: Tool[], kinds?: string[]): void {
            bodyKinds = kinds || [];
            disarm();
            paletteDiv.innerHTML = '';
            tools.forEach(tool => {
                const button = document.createElement('button');
                button.textContent = tool.label;
                button.setAttribute('data-tool', tool.id);
                button.addEventListener('click', () => armed?.tool.id === tool.id ? disarm() : arm(tool, button));
                paletteDiv.appendChild(button);
            });
            paletteDiv.style.display = tools.length > 0 ? 'flex' : 'none';
            // the diagram beside the palette, not under it; Sprotty measures its canvas again on a resize
            document.body.classList.toggle('with-palette', tools.length > 0);
            window.dispatchEvent(new Event('resize'));
        },
        renameable(ids: string[]): void {
            renameable = new Set(ids);
        },
        armed(): string | null {
            return armed ? armed.tool.id : null;
        },
        deleteSelected,
        renameSelected,
        escape(): void {
            if (renaming) {
                cancelRename();
            } else {
                disarm();
            }
        }
    };
}
