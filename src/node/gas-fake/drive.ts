/**
 * DriveApp, only what the report needs: find a file by id, see its parent folders, move it
 * (e.g. the report next to the spreadsheet). Everything starts in the root folder unless the
 * spreadsheet is placed in a named folder.
 */
import { FakeObject } from "./expose";

export interface DriveItem {
  id: string;
  name: string;
  mimeType: string;
  url: string;
  parentId: string | null;
}

export const FOLDER_MIME = "application/vnd.google-apps.folder";

export class DriveRecord {
  readonly items = new Map<string, DriveItem>();
  readonly root: DriveItem;
  #next = 0;

  constructor() {
    this.root = this.add({ id: "root-folder", name: "My Drive", mimeType: FOLDER_MIME, parentId: null });
  }

  add(item: Omit<DriveItem, "url" | "id"> & { id?: string; url?: string }): DriveItem {
    const id = item.id ?? `${item.mimeType === FOLDER_MIME ? "folder" : "file"}-${++this.#next}`;
    const url =
      item.mimeType === FOLDER_MIME
        ? `https://drive.google.com/drive/folders/${id}`
        : `https://drive.google.com/file/d/${id}/view`;
    const created = { url, ...item, id };
    this.items.set(id, created);
    return created;
  }

  children(folderId: string): DriveItem[] {
    return [...this.items.values()].filter((item) => item.parentId === folderId);
  }
}

function missingItem(): Error {
  return new Error("No item with the given ID could be found, or you do not have permission to access it.");
}

abstract class FakeIterator<T extends FakeObject> extends FakeObject {
  #index = 0;

  constructor(readonly items: T[]) {
    super();
  }

  hasNext(): boolean {
    return this.#index < this.items.length;
  }
  next(): T {
    if (!this.hasNext()) throw new Error("Cannot retrieve the next object: iterator has reached the end.");
    return this.items[this.#index++];
  }
}

export class FakeFolderIterator extends FakeIterator<FakeFolder> {
  readonly _kind = "FolderIterator";
}

export class FakeFileIterator extends FakeIterator<FakeFile> {
  readonly _kind = "FileIterator";
}

abstract class FakeDriveItem extends FakeObject {
  constructor(
    readonly drive: DriveRecord,
    readonly item: DriveItem,
  ) {
    super();
  }

  getId(): string {
    return this.item.id;
  }
  getName(): string {
    return this.item.name;
  }
  setName(name: string): this {
    this.item.name = name;
    return this;
  }
  getUrl(): string {
    return this.item.url;
  }
  getParents(): FakeFolderIterator {
    const parent = this.item.parentId ? this.drive.items.get(this.item.parentId) : undefined;
    return new FakeFolderIterator(parent ? [new FakeFolder(this.drive, parent)] : []);
  }
  moveTo(destination: FakeFolder): this {
    this.item.parentId = destination.item.id;
    return this;
  }
}

export class FakeFile extends FakeDriveItem {
  readonly _kind = "File";

  getMimeType(): string {
    return this.item.mimeType;
  }
}

export class FakeFolder extends FakeDriveItem {
  readonly _kind = "Folder";

  getFiles(): FakeFileIterator {
    const files = this.drive.children(this.item.id).filter((item) => item.mimeType !== FOLDER_MIME);
    return new FakeFileIterator(files.map((item) => new FakeFile(this.drive, item)));
  }
  getFolders(): FakeFolderIterator {
    const folders = this.drive.children(this.item.id).filter((item) => item.mimeType === FOLDER_MIME);
    return new FakeFolderIterator(folders.map((item) => new FakeFolder(this.drive, item)));
  }
}

export class FakeDriveApp extends FakeObject {
  readonly _kind = "DriveApp";

  constructor(readonly drive: DriveRecord) {
    super();
  }

  getFileById(id: string): FakeFile {
    const item = this.drive.items.get(id);
    if (!item || item.mimeType === FOLDER_MIME) throw missingItem();
    return new FakeFile(this.drive, item);
  }
  getFolderById(id: string): FakeFolder {
    const item = this.drive.items.get(id);
    if (!item || item.mimeType !== FOLDER_MIME) throw missingItem();
    return new FakeFolder(this.drive, item);
  }
  getRootFolder(): FakeFolder {
    return new FakeFolder(this.drive, this.drive.root);
  }
}
