/** The Boussole sidebar: add an action, update one, see the problems. Data comes from getSidebarData. */
import { isWebAddress } from "../../core/links";
import type { SidebarData, SidebarView } from "../../gas/rpc/contract";
import { h, replace } from "../shared/dom";
import { Notice } from "../shared/form";
import { call } from "../shared/rpc";
import { addPanel, type Panel } from "./add-panel";
import { minePanel } from "./mine-panel";
import { problemsPanel } from "./problems-panel";
import { createTabs } from "./tabs";
import { type Texts, textsFor } from "./texts";
import { updatePanel } from "./update-panel";

const root = document.getElementById("app") as HTMLElement;

function build(texts: Texts, first: SidebarData): void {
  const t = texts.sidebar;
  const notice = new Notice();
  const refreshButton = h("button", { type: "button", class: "icon", title: t.refreshLabel }, t.refresh);
  const report = reportLink(texts);
  const add = addPanel(texts, () => void refresh());
  const update = updatePanel(
    texts,
    () => void refresh(),
    () => void refresh(),
  );
  const problems = problemsPanel(texts, () => tabs.setBadge("problems", badge(problems.remaining())));
  const mine = minePanel(texts, (action) => {
    tabs.select("update");
    void update.show(action.code);
    call("selectCell", { sheet: action.sheet, row: action.row, column: null }).catch((error) =>
      notice.show("error", t.callFailed((error as Error).message)),
    );
  });
  const tabs = createTabs(t.tabsLabel, [
    { key: "add", label: t.tabs.add, panel: add.element },
    { key: "update", label: t.tabs.update, panel: update.element },
    { key: "mine", label: t.tabs.mine, panel: mine.element },
    { key: "problems", label: t.tabs.problems, panel: problems.element },
  ]);

  function setData(data: SidebarData): void {
    for (const panel of [add, update, mine, problems, report]) panel.setData(data);
    tabs.setBadge("problems", badge(problems.remaining()));
  }

  async function refresh(): Promise<void> {
    refreshButton.disabled = true;
    try {
      setData(await call("getSidebarData"));
      notice.clear();
    } catch (error) {
      notice.show("error", t.loadFailed((error as Error).message));
    } finally {
      refreshButton.disabled = false;
    }
  }

  refreshButton.addEventListener("click", () => void refresh());
  tabs.select(openingView());
  replace(
    root,
    h("header", { class: "top" }, report.element, refreshButton),
    tabs.element,
    notice.element,
    add.element,
    update.element,
    mine.element,
    problems.element,
  );
  setData(first);
}

const badge = (count: number) => (count > 0 ? String(count) : "");

/**
 * The latest annual report's link, hidden when there is none. The server sends only web addresses;
 * the address is checked again here before it becomes an href, as any text from a cell.
 */
function reportLink(texts: Texts): Panel {
  const t = texts.sidebar;
  const element = h(
    "a",
    {
      class: "report-link",
      target: "_blank",
      rel: "noopener noreferrer",
      title: t.reportLinkLabel,
      hidden: true,
    },
    t.reportLink,
  );
  function setData(data: SidebarData): void {
    const url = isWebAddress(data.reportLink) ? data.reportLink : null;
    if (url) element.href = url;
    else element.removeAttribute("href");
    element.hidden = url === null;
  }
  return { element, setData };
}

/**
 * The tab to open on: the server appends `<div hidden data-boussole-view="problems">` when it
 * opens the sidebar for a purpose (« Valider le plan »). Read once the page is fully parsed.
 */
function openingView(): SidebarView {
  const view = document.querySelector("[data-boussole-view]")?.getAttribute("data-boussole-view");
  return view === "update" || view === "mine" || view === "problems" ? view : "add";
}

async function start(): Promise<void> {
  // The plan's language is not known yet: French first, as the product.
  replace(root, h("p", { class: "loading", role: "status" }, textsFor("fr").sidebar.loading));
  try {
    const data = await call("getSidebarData");
    document.documentElement.lang = data.language;
    build(textsFor(data.language), data);
  } catch (error) {
    const notice = new Notice();
    notice.show("error", textsFor("fr").sidebar.loadFailed((error as Error).message));
    replace(root, notice.element);
  }
}

void start();
