/**
 * DriveApp, only what the report needs: find a file by id, see its parent folders, move it.
 * Everything starts in the root folder unless the spreadsheet is placed in a named folder.
 *
 * Under the drive.file scope alone (https://developers.google.com/drive/api/guides/api-specific-auth:
 * « access to files created or opened by the app ») the script sees only the items it created
 * (or that were opened with it): any other id reads as missing, `getParents` lists only such
 * folders, and `moveTo` a folder it cannot see fails like a missing item. With drive or
 * drive.readonly it sees everything.
 */
import { type Access, type Requirement, SCOPES } from "./access";
import { FakeObject } from "./expose";

export interface DriveItem {
  id: string;
  name: string;
  mimeType: string;
  url: string;
  parentId: string | null;
  /** Created by the script, or opened with it: what drive.file lets it see. */
  createdByScript?: boolean;
}

export const FOLDER_MIME = "application/vnd.google-apps.folder";

export class DriveRecord {
  readonly items = new Map<string, DriveItem>();
  readonly root: DriveItem;
  #next = 0;

  constructor(readonly access: Access) {
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
    return [...this.items.values()].filter((item) => item.parentId === folderId && this.visible(item));
  }

  visible(item: DriveItem): boolean {
    const { access } = this;
    return access.has(SCOPES.drive) || access.has(SCOPES.driveReadOnly) || item.createdByScript === true;
  }

  /** The item of that id if the script may see it. */
  find(id: string | null): DriveItem | undefined {
    const item = id === null ? undefined : this.items.get(id);
    return item && this.visible(item) ? item : undefined;
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
    const parent = this.drive.find(this.item.parentId);
    return new FakeFolderIterator(parent ? [new FakeFolder(this.drive, parent)] : []);
  }
  moveTo(destination: FakeFolder): this {
    if (!this.drive.find(destination.item.id)) throw missingItem();
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

  /** https://developers.google.com/apps-script/reference/drive/drive-app: a Drive scope. */
  override _requires(): Requirement {
    return { scopes: [SCOPES.drive, SCOPES.driveReadOnly, SCOPES.driveFile] };
  }

  getFileById(id: string): FakeFile {
    const item = this.drive.find(id);
    if (!item || item.mimeType === FOLDER_MIME) throw missingItem();
    return new FakeFile(this.drive, item);
  }
  getFolderById(id: string): FakeFolder {
    const item = this.drive.find(id);
    if (!item || item.mimeType !== FOLDER_MIME) throw missingItem();
    return new FakeFolder(this.drive, item);
  }
  /** Under drive.file the root folder is not the script's to see either. */
  getRootFolder(): FakeFolder {
    if (!this.drive.visible(this.drive.root)) throw missingItem();
    return new FakeFolder(this.drive, this.drive.root);
  }
}
