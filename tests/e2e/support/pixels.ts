/**
 * What a screenshot shows, measured in pixels: how many distinct colours a region holds. A region that shows
 * text and lines has dozens; a region covered by one opaque sheet has one or two. The PNG is decoded by a canvas
 * in a blank page of the same browser (no image library needed, and the page under test is not touched).
 */
import type { Page } from 'playwright-core';

export interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Distinct colours (quantised to 4 bits a channel) in `region` of the page as it is painted now. */
export async function distinctColours(page: Page, region: Region): Promise<number> {
  const png = await page.screenshot({ clip: region });
  const blank = await page.context().newPage();
  try {
    return await blank.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2d canvas');
      context.drawImage(image, 0, 0);
      const data = context.getImageData(0, 0, image.width, image.height).data;
      const colours = new Set<number>();
      for (let i = 0; i < data.length; i += 4)
        colours.add(((data[i] >> 4) << 8) | ((data[i + 1] >> 4) << 4) | (data[i + 2] >> 4));
      return colours.size;
    }, png.toString('base64'));
  } finally {
    await blank.close();
  }
}

/** The bounding box of an element, for `distinctColours`. */
export async function regionOf(page: Page, selector: string): Promise<Region> {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} is not shown`);
  return { x: Math.round(box.x), y: Math.round(box.y), width: Math.round(box.width), height: Math.round(box.height) };
}
