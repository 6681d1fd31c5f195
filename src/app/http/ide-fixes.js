/* global document, MutationObserver */
'use strict';
/**
 * Accessibility fixes for GraphiQL 3.9's own interface, loaded by the IDE page (ide.ts) after
 * GraphiQL. GraphiQL has no props for these, so this sets attributes on the DOM it renders, and
 * again whenever it renders more (new tabs, history entries, the result editor, completions),
 * before the browser paints. An attribute is written only when it differs, so the observer
 * settles. With these and ide-fixes.css, axe-core finds no serious or critical WCAG 2.1 A/AA
 * violation (tests/ide-accessibility.e2e.ts).
 */
(function () {
  const root = document.getElementById('graphiql');
  if (!root) return;

  const set = (el, name, value) => {
    if (el.getAttribute(name) !== value) el.setAttribute(name, value);
  };
  const unset = (el, name) => {
    if (el.hasAttribute(name)) el.removeAttribute(name);
  };

  /** What a CodeMirror editor holds, from where GraphiQL put it (the tools hold variables, then headers). */
  function editorName(wrapper) {
    if (wrapper.closest('.graphiql-query-editor')) return 'Query';
    if (wrapper.closest('.result-window')) return 'Result';
    const tool = wrapper.closest('.graphiql-editor-tool');
    if (tool) return tool.querySelector('.graphiql-editor') === wrapper.parentElement ? 'Variables' : 'Headers';
    return 'Editor';
  }

  function fix() {
    for (const wrapper of root.querySelectorAll('.CodeMirror')) {
      const name = editorName(wrapper);
      // label: CodeMirror's hidden textarea, where typing goes, had no name. CodeMirror's own
      // option names it (and keeps naming it).
      const cm = wrapper.CodeMirror;
      if (cm && cm.getOption('screenReaderLabel') !== name) cm.setOption('screenReaderLabel', name);
      // scrollable-region-focusable: the text scrolls in an area outside that textarea, with
      // tabindex -1: a tab stop lets the keyboard scroll it (a long answer, the result).
      const scroller = wrapper.querySelector(':scope > .CodeMirror-scroll');
      if (scroller) {
        set(scroller, 'tabindex', '0');
        set(scroller, 'role', 'group');
        set(scroller, 'aria-label', `${name} (scroll area)`);
      }
    }
    // label-content-name-mismatch: a history entry's button is named "Set active" while it shows
    // the operation's name: named by what it shows (the tooltip still says "Set active").
    for (const button of root.querySelectorAll('.graphiql-history-item-label[aria-label]')) {
      unset(button, 'aria-label');
    }
    // aria-required-children and nested-interactive: with two tabs or more, the tab list holds the
    // "Add tab" button and each tab holds two buttons (select, close), which a tablist and a tab
    // may not. They are buttons and work as buttons (no arrow keys): a labelled group of buttons,
    // the active one marked aria-current.
    for (const list of root.querySelectorAll('ul.graphiql-tabs[role="tablist"]')) set(list, 'role', 'group');
    for (const tab of root.querySelectorAll('li.graphiql-tab')) {
      set(tab, 'role', 'none');
      unset(tab, 'aria-selected');
      const button = tab.querySelector('.graphiql-tab-button');
      if (!button) continue;
      if (tab.classList.contains('graphiql-tab-active')) set(button, 'aria-current', 'true');
      else unset(button, 'aria-current');
    }
    // aria-input-field-name: the list of completions CodeMirror shows while typing is a listbox
    // with no name (the editor's textarea owns it: aria-owns).
    for (const hints of document.querySelectorAll('.CodeMirror-hints[role="listbox"]')) {
      set(hints, 'aria-label', 'Suggestions');
    }
  }

  new MutationObserver(fix).observe(document.body, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['class', 'aria-selected', 'aria-label'],
  });
  fix();
})();
