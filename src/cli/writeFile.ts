/**
 * Writing a .docx without losing a byte. The file written is the real one behind a symlink; it keeps its mode,
 * owner and hard links; the new bytes reach the disk (fsync) before they replace the old; a file that changed
 * since it was read (another editor, a second agenda-desk) is refused, nothing written; temporary files and
 * locks left by an earlier, killed run are removed.
 */
import { constants, promises as fs, type Stats } from 'fs';
import * as path from 'path';
import { FileError, firstLine, type SourceFile } from './docxFile';

/** `.NAME.agenda-desk-PID-RANDOM.tmp` and `.NAME.agenda-desk.lock` (holding the PID): recognisably ours. */
const TEMP = /^\.(.+)\.agenda-desk-(\d+)-[0-9a-z]+\.tmp$/;

function tempName(target: string): string {
  return path.join(
    path.dirname(target),
    `.${path.basename(target)}.agenda-desk-${process.pid}-${Math.random().toString(36).slice(2, 10)}.tmp`,
  );
}

function lockName(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.agenda-desk.lock`);
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function statOrNull(file: string): Promise<Stats | null> {
  try {
    return await fs.stat(file);
  } catch {
    return null;
  }
}

/** The path a write lands on: the real file behind symlinks, or (a new file) the real folder plus the name. */
export async function realTarget(file: string): Promise<string> {
  try {
    return await fs.realpath(file);
  } catch {
    try {
      return path.join(await fs.realpath(path.dirname(path.resolve(file))), path.basename(file));
    } catch {
      return path.resolve(file);
    }
  }
}

/** Removes the temporary files of TARGET that runs no longer alive left behind (a killed or crashed run). */
export async function removeStaleTemporaries(target: string): Promise<void> {
  let names: string[];
  try {
    names = await fs.readdir(path.dirname(target));
  } catch {
    return;
  }
  for (const name of names) {
    const match = TEMP.exec(name);
    if (match && match[1] === path.basename(target) && !alive(Number(match[2]))) {
      await fs.rm(path.join(path.dirname(target), name), { force: true });
    }
  }
}

/** One agenda-desk at a time writes a file: an exclusive lock file; a dead holder's lock is taken over. */
async function lock(target: string): Promise<() => Promise<void>> {
  const name = lockName(target);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await fs.writeFile(name, String(process.pid), { flag: 'wx' });
      return () => fs.rm(name, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(await fs.readFile(name, 'utf8').catch(() => ''));
      if (holder > 0 && alive(holder)) {
        throw new FileError(`${target}: another agenda-desk run (process ${holder}) is writing it; nothing written.`);
      }
      await fs.rm(name, { force: true });
    }
  }
  throw new FileError(`${target}: cannot take its lock ${name}; nothing written.`);
}

async function writeSynced(file: string, bytes: Uint8Array, flags: string, mode?: number): Promise<void> {
  const handle = await fs.open(file, flags, mode);
  try {
    await handle.writeFile(bytes);
    await handle.truncate(bytes.length);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await fs.open(folder, constants.O_RDONLY);
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // some file systems cannot fsync a folder; the file itself is synced
  }
}

/** A new file whose owner the process cannot set keeps the old one's only by writing into it. */
async function sameOwnerPossible(temporary: string, old: Stats): Promise<boolean> {
  if (typeof process.getuid !== 'function' || (process.getuid() === old.uid && process.getgid?.() === old.gid))
    return true;
  try {
    await fs.chown(temporary, old.uid, old.gid);
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes BYTES to FILE. A new file: temporary file, fsync, rename, fsync of the folder — FILE is either absent
 * or complete. An existing file: the same, with its mode and owner, unless it has other hard links (or an
 * owner this process cannot give), which are kept by writing into the file itself after a synced copy.
 * `source`, for --in-place: the bytes read; when the file no longer holds them, nothing is written.
 */
export async function writeFileSafely(file: string, bytes: Uint8Array, source?: SourceFile): Promise<void> {
  const target = await realTarget(file);
  let unlock: (() => Promise<void>) | null = null;
  const temporary = tempName(target);
  try {
    await removeStaleTemporaries(target);
    unlock = await lock(target);
    if (source) {
      const now = await fs.readFile(target).catch(() => null);
      if (!now || !now.equals(source.bytes)) {
        throw new FileError(
          `${file}: changed since it was read (another program or agenda-desk run wrote it); nothing written, run again.`,
        );
      }
    }
    const old = await statOrNull(target);
    await writeSynced(temporary, bytes, 'w', old ? old.mode & 0o7777 : undefined);
    if (old) await fs.chmod(temporary, old.mode & 0o7777);
    if (old && (old.nlink > 1 || !(await sameOwnerPossible(temporary, old)))) {
      await writeSynced(target, bytes, 'r+');
      await fs.rm(temporary, { force: true });
    } else {
      await fs.rename(temporary, target);
      await syncFolder(path.dirname(target));
    }
  } catch (error) {
    await fs.rm(temporary, { force: true });
    if (error instanceof FileError) throw error;
    throw new FileError(`${file}: cannot be written (${(error as NodeJS.ErrnoException).code ?? firstLine(error)}).`);
  } finally {
    if (unlock) await unlock();
  }
}

/**
 * Before anything is written: an output that is (after symlinks, `..`, hard links) one of the inputs needs
 * --in-place; two outputs on one path would overwrite each other. Returns the one-line refusal, or null.
 */
export async function outputClash(inputs: string[], outputs: string[], inPlace: boolean): Promise<string | null> {
  const identity = async (file: string): Promise<{ key: string; inode: string | null }> => {
    const real = await realTarget(file);
    const stat = await statOrNull(real);
    return { key: real, inode: stat ? `${stat.dev}:${stat.ino}` : null };
  };
  const ins = await Promise.all(inputs.map(identity));
  const outs = await Promise.all(outputs.map(identity));
  const seen = new Map<string, number>();
  for (const [i, out] of outs.entries()) {
    const earlier = seen.get(out.key);
    if (earlier !== undefined) {
      return `${inputs[earlier]} and ${inputs[i]} would both be written to ${outputs[i]}; give each its own output.`;
    }
    seen.set(out.key, i);
    if (inPlace) continue;
    const j = ins.findIndex((input) => input.key === out.key || (input.inode !== null && input.inode === out.inode));
    if (j >= 0)
      return `Refusing to overwrite ${inputs[j]}: ${outputs[i]} is that file; give another --out or --out-dir, or --in-place.`;
  }
  return null;
}
