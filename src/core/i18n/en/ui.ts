import type { ui as fr } from "../fr/ui";

export const ui: typeof fr = {
  sidebar: {
    loading: "Loading the plan…",
    refresh: "Refresh",
    refreshLabel: "Read the plan from the spreadsheet again",
    reportLink: "Latest annual report",
    reportLinkLabel: "Open the latest annual report in a new tab",
    tabsLabel: "Panel sections",
    tabs: { add: "Add", update: "Update", problems: "Problems" },
    optional: "optional",
    loadFailed: (message: string) => `Could not read the plan: ${message}`,
    callFailed: (message: string) => `The spreadsheet did not answer: ${message}. Nothing was written.`,
    fixFields: "Fix the fields shown: nothing was written.",
    deadline: {
      hint: "E.g. Fall 2025, March 2026, 2025-2026, Ongoing",
      checking: "Checking the deadline…",
      failed: (message: string) => `Preview unavailable: ${message}`,
    },
    add: {
      heading: "Add an action",
      orientation: "Orientation",
      objective: "Objective",
      title: "Action",
      description: "Description",
      owners: "Owners",
      ownersHint: "Tick names in the list or type them, separated by “+”.",
      roster: "Owners of the plan",
      deadline: "Deadline",
      status: "Status",
      progress: "Progress",
      progressHint: "In %, from 0 to 100.",
      budget: "Budget",
      budgetHint: "An amount ($12,500) or a text (To be determined).",
      notes: "Notes",
      submit: "Add the action",
      saving: "Adding the action…",
      added: (code: string, row: number) => `Action ${code} added on row ${row} of the Actions sheet.`,
      noObjectives: "The plan has no objective yet. First run “Structure the plan” from the Boussole menu.",
      titleRequired: "Give the action a title.",
      objectiveRequired: "Choose the action's objective.",
      progressInvalid: (text: string) =>
        `“${text}” is not a progress: enter a number from 0 to 100, for example 40.`,
    },
    update: {
      heading: "Update an action",
      action: "Action to update",
      current: "Row selected in the sheet",
      none: "No action in the plan yet.",
      summary: (objective: string, owners: string) => `Objective ${objective} · ${owners || "no owner"}`,
      useSelection: "Use the selected row",
      submit: "Save",
      saving: "Saving…",
      saved: (code: string) => `Action ${code} updated.`,
    },
    problems: {
      heading: "Problems",
      none: "No problem found in the plan.",
      hint: "Click a problem to go to its cell. Run “Validate the plan” again after your fixes.",
      count: (errors: number, warnings: number) =>
        `${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}`,
      row: (row: number) => `row ${row}`,
      goTo: (where: string) => `Go to ${where}`,
    },
  },
  server: {
    menu: {
      openSidebar: "Open the panel",
      structure: "Structure the plan",
      validate: "Check the plan",
      report: "Create the annual report…",
      help: "Help",
    },
    sidebarTitle: "Boussole",
    reportTitle: "Annual report",
    reportNeedsPlan:
      "There is no plan to report on yet: first run “Structure the plan” from the Boussole menu.",
    reportInvalid: "The report request is not valid: choose a period and try again.",
    helpTitle: "Help — Boussole",
    help: [
      "Structure the plan: creates the Orientations, Objectives, Actions, Owners and Settings sheets (with a short example when the spreadsheet is empty), or fills them from the sheet where your plan already is. That sheet is never changed.",
      "Open the panel: add an action, update the one on the selected row, see the problems.",
      "Check the plan: checks deadlines, owners and structure, and marks the cells to fix (colour and note).",
      "Create the annual report: writes the report of the chosen period in a new document.",
    ].join("\n\n"),
    fields: {
      objectiveCode: "Objective",
      title: "Action",
      description: "Description",
      owners: "Owners",
      deadline: "Deadline",
      status: "Status",
      progress: "Progress",
      budget: "Budget",
      notes: "Notes",
      code: "Code",
      row: "Row",
      period: "Period",
    },
    invalid: {
      required: (field: string) => `“${field}” is required.`,
      tooLong: (field: string, max: number) => `“${field}” is too long: ${max} characters at most.`,
      range: (field: string, min: number, max: number) =>
        `“${field}” must be a number from ${min} to ${max}.`,
      choice: (field: string, choices: string) => `“${field}” must be one of: ${choices}.`,
      value: (field: string) => `The value of “${field}” is not valid.`,
      request: "The panel's request is not valid: reload the panel and try again.",
      invisible: (field: string) =>
        `“${field}” shows nothing: it has only spaces, control or invisible characters. Write a readable text.`,
      notADay: (text: string) =>
        `“${text}” is not a calendar date. Write it as YYYY-MM-DD, for example 2021-03-31.`,
      reversedPeriod: (start: string, end: string) =>
        `The period would run from ${start} to ${end}: its end is before its start. Choose a period whose end follows its start.`,
    },
    noSpreadsheet: "Boussole must be opened from a Google Sheets spreadsheet.",
    noActionsSheet:
      "The “Actions” sheet was not found. First run “Structure the plan” from the Boussole menu.",
    unknownObjective: (code: string) =>
      `Objective “${code}” is not in the Objectives sheet. Pick an objective from the list, or refresh the panel.`,
    busy: "Someone else is changing the plan right now. Try again in a few seconds: nothing was written.",
    added: (code: string, row: number) => `Action ${code} added on row ${row} of the Actions sheet.`,
    updated: (code: string, row: number) => `Action ${code} updated (row ${row}).`,
    unchanged: (code: string) => `Action ${code} already had these values: nothing was changed.`,
    actionNotFound: (code: string) =>
      `Action “${code}” is no longer in the Actions sheet. Refresh the panel.`,
    actionMoved: (code: string, row: number) =>
      `Row ${row} no longer holds action “${code}”: the sheet has changed. Refresh the panel and try again.`,
    unexpected:
      "An unexpected error occurred and nothing was written. Try again; if it happens again, please report it.",
    stateSheet: "Boussole (state)",
    stateHeader: ["Sheet", "Key", "Hash"],
    listsSheet: "Boussole (lists)",
    headerProtection: "Header managed by Boussole: renaming a column may stop it from reading the plan.",
    hints: {
      deadline:
        "Accepted forms: 2025-03-15, March 15, 2025, March 2025, Fall 2025, Q1 2025, 2025, 2025-2026 (fiscal year), Ongoing, Annual, Immediate, To be determined.",
      owners: "Pick from the list of owners, or type several names separated by “+”.",
      status: "Pick a status: À venir, En cours, Réalisée, Reportée or Annulée.",
      progress: "A percentage from 0 to 100.",
      objective: "Pick the objective from the list (Objectives sheet).",
      orientation: "Pick the orientation from the list (Orientations sheet).",
    },
    structure: {
      title: "Structure the plan",
      created: "The plan's sheets were created with a short example: replace it with your plan.",
      imported: (source: string, orientations: number, objectives: number, actions: number) =>
        `“${source}” was structured: ${orientations} orientations, ${objectives} objectives, ${actions} actions. The sheet “${source}” was not changed.`,
      formatted: "The plan's sheets are up to date and formatted.",
      added: (count: number) => `${count} row${count > 1 ? "s" : ""} added.`,
      conflict: (sheet: string, row: number, key: string, columns: string) =>
        `${sheet}, row ${row} (${key}): edited in the sheet since the last “Structure”, while the source changed (${columns}). The sheet's values were kept.`,
      deleted: (sheet: string, key: string) =>
        `“${key}” was deleted from the ${sheet} sheet since the last “Structure”: it was not recreated.`,
      nameTaken: (holder: string, name: string) =>
        `The sheet “${holder}” does not have Boussole's columns: it is read as a sheet of the plan and left unchanged. Boussole writes to “${name}”.`,
      busy: "Someone else is changing the plan right now and the wait was too long: “Structure the plan” wrote nothing. Try again in a moment.",
      more: (count: number) => `… and ${count} more.`,
    },
    validate: {
      title: "Check the plan",
      summary: (errors: number, warnings: number) =>
        `${errors} error${errors === 1 ? "" : "s"} and ${warnings} warning${warnings === 1 ? "" : "s"}: the cells concerned are marked.`,
      none: "No problem found in the plan.",
    },
    example: {
      settings: { organisation: "Neighbourhood round table (example)", planName: "Strategic plan 2025-2028" },
      roster: [
        { name: "Executive director", role: "ED", email: "", aliases: "ED, DG" },
        { name: "Board of directors", role: "Board", email: "", aliases: "Board, CA" },
        { name: "Communications officer", role: "Communications", email: "", aliases: "Communications" },
        { name: "Fundraising committee", role: "Committee", email: "", aliases: "" },
      ],
      orientations: [
        {
          title: "Strengthen member life",
          objectives: [
            {
              title: "Increase member participation",
              actions: [
                {
                  title: "Visit every member group",
                  owners: "ED + Communications officer",
                  deadline: "Fall 2025",
                  status: "En cours",
                  progress: 40,
                },
                {
                  title: "Redo the monthly newsletter",
                  owners: "Communications officer",
                  deadline: "March 2026",
                  status: "À venir",
                  progress: 0,
                },
              ],
            },
            {
              title: "Renew the board",
              actions: [
                {
                  title: "Prepare a training for board members",
                  owners: "Board",
                  deadline: "2025-2026",
                  status: "À venir",
                  progress: 0,
                },
              ],
            },
          ],
        },
        {
          title: "Secure stable funding",
          objectives: [
            {
              title: "Diversify revenue sources",
              actions: [
                {
                  title: "Submit two grant applications",
                  owners: "Fundraising committee + ED",
                  deadline: "Spring 2026",
                  status: "À venir",
                  progress: 0,
                },
                {
                  title: "Hold a fundraising event",
                  owners: "Fundraising committee",
                  deadline: "Ongoing",
                  status: "En cours",
                  progress: 20,
                },
              ],
            },
          ],
        },
      ],
    },
  },
  reportDialog: {
    title: "Annual report",
    intro: "The report is created in a new document, ready for the board and the AGM.",
    loading: "Loading the periods…",
    period: "Period",
    custom: "Custom dates…",
    from: "From",
    to: "To",
    language: "Report language",
    languages: { fr: "Français", en: "English" },
    content: "Content",
    byOwner: "One section per owner",
    completedDetail: "Detail of completed actions",
    generate: "Generate",
    generating: "Generating the report… This may take a few seconds.",
    done: "Report created:",
    close: "Close",
    datesInvalid: "Enter a start date and an end date, the end after the start.",
    failed: (message: string) => `The report could not be created: ${message}`,
  },
  playground: {
    title: "Boussole — local trial",
    workbook: (file: string) => `Workbook: ${file} (saved after every change)`,
    menu: "Boussole menu",
    sheets: "Sheets of the workbook",
    emptySheet: "This sheet is empty.",
    noSheets: "The workbook has no sheet.",
    closePanel: "Close the panel",
    closeDialog: "Close",
    download: "Download the report",
    downloadDocx: "Word (.docx)",
    downloadHtml: "Web page (.html)",
    menuFailed: (message: string) => `The menu action failed: ${message}`,
    listening: (url: string) => `Boussole — local trial: open ${url}`,
    workingCopy: (path: string) => `Working copy of the sample workbook: ${path}`,
    editing: (path: string) => `Workbook edited in place: ${path}`,
    missingBuild: (path: string) => `File not found: ${path}. Run “npm run build” and try again.`,
    unsupportedFile: (path: string) => `“${path}” is not an .xlsx workbook.`,
    unreadableFile: (path: string) => `Could not read “${path}”: check that it is an .xlsx workbook.`,
    unknownFunction: (name: string) => `“${name}” is not a Boussole function.`,
    badRequest: "Invalid request: a JSON object { args: [...] } is expected.",
    badCell:
      "Invalid cell: { sheet, row, column } is expected, with a sheet name and whole row and column numbers from 1.",
    noSheet: (sheet: string) => `There is no sheet “${sheet}” in this workbook.`,
    outsideSheet: (cell: { sheet: string; row: number; column: number }) =>
      `The cell at row ${cell.row}, column ${cell.column} is outside sheet “${cell.sheet}”.`,
    tooLarge: "Request too large.",
    missingFile: (path: string) => `Workbook not found: “${path}”. Check the file's path.`,
  },
};
