import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import type { SeedLedger } from './ledger';
import { SeedFileError } from './seed-files';

const MIME_TYPES: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
};

/** Uploads a seed image into the media library the first time an entry needs it, and reuses it afterwards. */
export class SeedMediaLibrary {
  constructor(
    private readonly strapi: Core.Strapi,
    private readonly mediaDir: string,
    private readonly ledger: SeedLedger,
  ) {}

  async fileId(relativePath: string): Promise<number> {
    const known = this.ledger.mediaId(relativePath);
    if (known !== undefined && (await this.strapi.db.query('plugin::upload.file').count({ where: { id: known } })) > 0) {
      return known;
    }
    const filepath = path.join(this.mediaDir, relativePath);
    const mimetype = MIME_TYPES[path.extname(relativePath).toLowerCase()];
    if (!mimetype) throw new SeedFileError(`Seed media ${relativePath}: unsupported file type`);
    let size: number;
    try {
      size = (await stat(filepath)).size;
    } catch {
      throw new SeedFileError(`Seed media ${filepath} does not exist`);
    }
    const [file] = (await this.strapi
      .plugin('upload')
      .service('upload')
      .upload({
        data: { fileInfo: { name: path.basename(relativePath) } },
        files: { filepath, originalFilename: path.basename(relativePath), mimetype, size },
      })) as Array<{ id: number }>;
    await this.ledger.recordMedia(relativePath, file.id);
    return file.id;
  }
}
