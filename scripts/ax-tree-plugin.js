// A test-runner command that returns Chromium's own accessibility tree (CDP
// Accessibility.getFullAXTree), flattened to what a screen reader's browse mode walks: every node
// the browser exposes, in order, with its depth, role, name, description and value. Element tests
// ask it whether a figure is heard once, which a DOM walk can only guess.

/** @typedef {{ depth: number, role: string, name: string, description: string, value: string }} AxLine */

/** @param {{ nodeId: string, role?: { value?: unknown }, name?: { value?: unknown }, description?: { value?: unknown }, value?: { value?: unknown }, ignored?: boolean, childIds?: string[], backendDOMNodeId?: number }[]} nodes */
async function flatten(nodes, valueText) {
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  /** @type {AxLine[]} */
  const lines = [];
  const walk = async (node, depth) => {
    let inner = depth;
    const role = String(node.role?.value ?? '');
    // Inline text boxes repeat their static text; unnamed generics and 'none' are not heard.
    if (role === 'InlineTextBox') return;
    const name = String(node.name?.value ?? '');
    if (!node.ignored && !(role === 'generic' && !name) && role !== 'none') {
      lines.push({
        depth,
        role,
        name,
        description: String(node.description?.value ?? ''),
        value: (await valueText(node)) ?? String(node.value?.value ?? ''),
      });
      inner = depth + 1;
    }
    for (const id of node.childIds ?? []) {
      const child = byId.get(id);
      if (child) await walk(child, inner);
    }
  };
  if (nodes[0]) await walk(nodes[0], 0);
  return lines;
}

/** Web Test Runner plugin: `executeServerCommand('ax-tree')` in a test (Playwright launcher). */
export function axTreePlugin() {
  return {
    name: 'ax-tree',
    async executeCommand({ command, session }) {
      if (command !== 'ax-tree') return undefined;
      const page = session.browser.getPage(session.id);
      const cdp = await page.context().newCDPSession(page);
      try {
        const { nodes } = await cdp.send('Accessibility.getFullAXTree');
        // Chromium reports a range widget's aria-valuetext only on the DOM node.
        const valueText = async (node) => {
          if (
            !node.backendDOMNodeId ||
            !/^(meter|progressbar|slider|spinbutton)$/.test(node.role?.value)
          )
            return undefined;
          const { object } = await cdp.send('DOM.resolveNode', {
            backendNodeId: node.backendDOMNodeId,
          });
          const { result } = await cdp.send('Runtime.callFunctionOn', {
            objectId: object.objectId,
            functionDeclaration: 'function () { return this.getAttribute("aria-valuetext"); }',
            returnByValue: true,
          });
          return result.value ?? undefined;
        };
        return await flatten(nodes, valueText);
      } finally {
        await cdp.detach();
      }
    },
  };
}
