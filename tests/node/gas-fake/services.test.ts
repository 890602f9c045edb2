import { createFakeGas } from "../../../src/node/gas-fake";

describe("Ui", () => {
  it("menus are recorded with their items, separators and submenus", () => {
    const fake = createFakeGas();
    const ui = fake.globals.SpreadsheetApp.getUi();
    const sub = ui.createMenu("Rapport").addItem("Générer", "generateReport");
    ui.createAddonMenu().addItem("Ouvrir Boussole", "openSidebar").addSeparator().addSubMenu(sub).addToUi();
    expect(fake.ui.menus).toEqual([
      {
        caption: null,
        addon: true,
        entries: [
          { type: "item", caption: "Ouvrir Boussole", functionName: "openSidebar" },
          { type: "separator" },
          {
            type: "submenu",
            menu: {
              caption: "Rapport",
              addon: false,
              entries: [{ type: "item", caption: "Générer", functionName: "generateReport" }],
            },
          },
        ],
      },
    ]);
  });

  it("a menu not added to the Ui is not shown", () => {
    const fake = createFakeGas();
    fake.globals.SpreadsheetApp.getUi().createMenu("Boussole").addItem("x", "y");
    expect(fake.ui.menus).toEqual([]);
  });

  it("sidebars and dialogs record their HTML, title and size", () => {
    const fake = createFakeGas({ htmlFiles: { Sidebar: "<p>Bonjour</p>" } });
    const { SpreadsheetApp, HtmlService } = fake.globals;
    const ui = SpreadsheetApp.getUi();
    ui.showSidebar(HtmlService.createHtmlOutputFromFile("Sidebar").setTitle("Boussole"));
    ui.showModalDialog(HtmlService.createHtmlOutput("<b>x</b>").setWidth(400).setHeight(300), "Rapport");
    expect(fake.ui.dialogs).toEqual([
      { kind: "sidebar", title: "Boussole", html: "<p>Bonjour</p>", width: null, height: null },
      { kind: "modal", title: "Rapport", html: "<b>x</b>", width: 400, height: 300 },
    ]);
    expect(fake.ui.sidebar()?.html).toBe("<p>Bonjour</p>");
  });

  it("alert returns OK by default and the answer a test scripts", () => {
    const fake = createFakeGas();
    const ui = fake.globals.SpreadsheetApp.getUi();
    expect(ui.alert("Plan importé")).toBe(ui.Button.OK);
    fake.ui.answer = () => ({ button: "NO" });
    expect(ui.alert("Remplacer ?", "Le plan existe déjà.", ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    expect(fake.ui.questions.map((q) => [q.title, q.prompt, q.buttonSet, q.answer.button])).toEqual([
      ["", "Plan importé", "OK", "OK"],
      ["Remplacer ?", "Le plan existe déjà.", "YES_NO", "NO"],
    ]);
  });

  it("prompt returns the scripted text and button", () => {
    const fake = createFakeGas();
    fake.ui.answer = () => ({ button: "OK", text: "Automne 2020" });
    const response = fake.globals.SpreadsheetApp.getUi().prompt("Échéance ?");
    expect([response.getResponseText(), response.getSelectedButton()]).toEqual(["Automne 2020", "OK"]);
  });

  it("getUi throws outside a bound spreadsheet, like the real one", () => {
    const fake = createFakeGas({ bound: false });
    expect(fake.globals.SpreadsheetApp.getActiveSpreadsheet()).toBeNull();
    expect(() => fake.globals.SpreadsheetApp.getUi()).toThrow(
      "Cannot call SpreadsheetApp.getUi() from this context.",
    );
  });
});

describe("LockService", () => {
  it("getDocumentLock tryLock fails while another holder has it", () => {
    const fake = createFakeGas();
    const release = fake.locks.holdDocumentLock();
    const lock = fake.globals.LockService.getDocumentLock();
    expect(lock.tryLock(1000)).toBe(false);
    expect(lock.hasLock()).toBe(false);
    release();
    expect(lock.tryLock(1000)).toBe(true);
    expect([lock.hasLock(), fake.locks.state("document")]).toEqual([true, "self"]);
    lock.releaseLock();
    expect(fake.locks.state("document")).toBe("none");
  });

  it("waitLock throws the real timeout message while another holder has it", () => {
    const fake = createFakeGas();
    fake.locks.holdScriptLock();
    expect(() => fake.globals.LockService.getScriptLock().waitLock(100)).toThrow(
      "Lock timeout: another process was holding the lock for too long.",
    );
  });

  it("getDocumentLock returns null outside a bound document", () => {
    const fake = createFakeGas({ bound: false });
    expect(fake.globals.LockService.getDocumentLock()).toBeNull();
    expect(fake.globals.LockService.getScriptLock().tryLock(10)).toBe(true);
  });
});

describe("PropertiesService", () => {
  it("getProperty returns null when absent and values are stored as strings", () => {
    const fake = createFakeGas({ properties: { document: { langue: "fr" } } });
    const props = fake.globals.PropertiesService.getDocumentProperties();
    expect(props.getProperty("absent")).toBeNull();
    expect(props.getProperty("langue")).toBe("fr");
    props.setProperty("version", 3 as unknown as string);
    expect(props.getProperty("version")).toBe("3");
  });

  it("setProperties, getProperties, deleteProperty and deleteAllProperties", () => {
    const fake = createFakeGas();
    const props = fake.globals.PropertiesService.getUserProperties();
    props.setProperties({ a: "1", b: "2" });
    props.deleteProperty("a");
    expect(props.getProperties()).toEqual({ b: "2" });
    props.setProperties({ c: "3" }, true);
    expect(fake.properties.snapshot("user")).toEqual({ c: "3" });
    props.deleteAllProperties();
    expect(props.getKeys()).toEqual([]);
  });

  it("the three stores are separate", () => {
    const fake = createFakeGas();
    const { PropertiesService } = fake.globals;
    PropertiesService.getScriptProperties().setProperty("k", "script");
    expect(PropertiesService.getDocumentProperties().getProperty("k")).toBeNull();
  });

  // https://developers.google.com/apps-script/guides/services/quotas — « Properties value size:
  // 9 KB / val », « Properties total storage: 500 KB / property store ». Counted in UTF-8 bytes of
  // key and value (the stricter reading); Google's messages.
  describe("quotas, in UTF-8 bytes", () => {
    it("a property of more than 9 KB is refused, however few characters it has", () => {
      const props = createFakeGas().globals.PropertiesService.getDocumentProperties();
      props.setProperty("k", "a".repeat(9 * 1024 - 1));
      // 4,700 characters, but 9,400 bytes: « é » takes two.
      expect(() => props.setProperty("k", "é".repeat(4700))).toThrow("Argument too large: value");
      expect(props.getProperty("k")).toHaveLength(9 * 1024 - 1);
    });

    it("a store past 500 KB is refused, and the refused write changes nothing", () => {
      const fake = createFakeGas();
      const props = fake.globals.PropertiesService.getDocumentProperties();
      const value = "é".repeat(4000); // 8,000 bytes
      for (let i = 0; i < 63; i++) props.setProperty(`h${String(i).padStart(2, "0")}`, value);
      expect(() => props.setProperty("h63", value)).toThrow(
        "You have exceeded the property storage quota. Please remove some properties and try again.",
      );
      expect(() => props.setProperties({ a: "1", h99: value })).toThrow("property storage quota");
      expect(props.getKeys()).toHaveLength(63);
      // Replacing the whole store is measured on what it leaves.
      props.setProperties({ only: value }, true);
      expect(props.getKeys()).toEqual(["only"]);
    });
  });
});

describe("HtmlService", () => {
  it("createHtmlOutputFromFile throws when the file is missing, like the real one", () => {
    const fake = createFakeGas({ htmlFiles: { Sidebar: "<p>x</p>" } });
    const { HtmlService } = fake.globals;
    expect(HtmlService.createHtmlOutputFromFile("Sidebar.html").getContent()).toBe("<p>x</p>");
    expect(() => HtmlService.createHtmlOutputFromFile("Dialog")).toThrow(
      "No HTML file named Dialog was found.",
    );
  });

  it("an output keeps title, size, modes, meta tags and appended content", () => {
    const { HtmlService } = createFakeGas().globals;
    const output = HtmlService.createHtmlOutput("<p>")
      .append("a")
      .appendUntrusted("<b>&")
      .setTitle("Boussole")
      .setWidth(300)
      .setHeight(500)
      .setSandboxMode(HtmlService.SandboxMode.IFRAME)
      .setXFrameOptionsMode(HtmlService.XFrameOptionsMode.ALLOWALL)
      .addMetaTag("viewport", "width=device-width");
    expect([output.getContent(), output.getTitle(), output.getWidth(), output.getHeight()]).toEqual([
      "<p>a&lt;b&gt;&amp;",
      "Boussole",
      300,
      500,
    ]);
    expect(output.getMetaTags().map((t) => [t.getName(), t.getContent()])).toEqual([
      ["viewport", "width=device-width"],
    ]);
  });
});

describe("Session, ScriptApp, Utilities, Logger", () => {
  it("Session reports the user's locale and the script's time zone", () => {
    const { Session } = createFakeGas({ userLocale: "en" }).globals;
    expect([Session.getActiveUserLocale(), Session.getScriptTimeZone()]).toEqual(["en", "America/Toronto"]);
    expect(Session.getActiveUser().getEmail()).toBe("");
  });

  it("ScriptApp.AuthMode has NONE, LIMITED and FULL", () => {
    const { ScriptApp } = createFakeGas().globals;
    expect(
      [ScriptApp.AuthMode.NONE, ScriptApp.AuthMode.LIMITED, ScriptApp.AuthMode.FULL].map(String),
    ).toEqual(["NONE", "LIMITED", "FULL"]);
  });

  it("Utilities.formatDate formats in the given zone with Java letters", () => {
    const { Utilities } = createFakeGas().globals;
    const instant = new Date("2020-03-15T03:30:00Z"); // 23:30 the day before in Toronto
    expect(Utilities.formatDate(instant, "America/Toronto", "yyyy-MM-dd HH:mm")).toBe("2020-03-14 23:30");
    expect(Utilities.formatDate(instant, "UTC", "dd/MM/yy 'à' H'h'")).toBe("15/03/20 à 3h");
    expect(() => Utilities.formatDate(instant, "UTC", "EEE")).toThrow("not implemented in the fake");
  });

  it("Logger.log records lines", () => {
    const fake = createFakeGas();
    fake.globals.Logger.log("%s actions", 12);
    expect(fake.logs).toEqual(["12 actions"]);
  });
});
