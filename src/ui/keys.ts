/** Keyboard patterns the page's controls share. */

const MOVES: Record<string, (at: number, count: number) => number> = {
  ArrowRight: (at, count) => (at + 1) % count,
  ArrowLeft: (at, count) => (at - 1 + count) % count,
  Home: () => 0,
  End: (_at, count) => count - 1,
};

/**
 * The ARIA tabs pattern on a row of controls (`selector` picks them inside the attached element): the
 * arrow keys, Home and End move to another control and choose it; only the chosen one is in the Tab order.
 */
export function arrowKeys(selector: string) {
  return (row: HTMLElement) => {
    const onKey = (event: KeyboardEvent) => {
      const move = MOVES[event.key];
      const controls = [...row.querySelectorAll<HTMLElement>(selector)].filter((control) => !(control as HTMLButtonElement).disabled);
      const at = controls.indexOf(event.target as HTMLElement);
      if (!move || at < 0 || event.altKey || event.ctrlKey || event.metaKey) return;
      event.preventDefault();
      const chosen = controls[move(at, controls.length)];
      chosen.focus();
      chosen.click();
    };
    row.addEventListener("keydown", onKey);
    return () => row.removeEventListener("keydown", onKey);
  };
}

/** Open menus (`details` elements under the attached element) close on Esc, which gives the focus back to the menu's button, and on a click elsewhere. */
export function closingMenus(area: HTMLElement) {
  // Menus, not the folding parts inside a menu's panel.
  const openMenus = () => [...area.querySelectorAll<HTMLDetailsElement>("details[open]")].filter((menu) => !menu.parentElement?.closest("details"));
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== "Escape") return;
    for (const menu of openMenus()) {
      const hadFocus = menu.contains(document.activeElement);
      menu.open = false;
      if (hadFocus) menu.querySelector("summary")?.focus();
    }
  };
  const onPointer = (event: PointerEvent) => {
    for (const menu of openMenus()) if (!(event.target instanceof Node && menu.contains(event.target))) menu.open = false;
  };
  document.addEventListener("keydown", onKey);
  document.addEventListener("pointerdown", onPointer);
  return () => {
    document.removeEventListener("keydown", onKey);
    document.removeEventListener("pointerdown", onPointer);
  };
}
