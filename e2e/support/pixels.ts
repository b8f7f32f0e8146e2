import type { Page } from "playwright-core";

/**
 * The lightest pixel of a PNG (largest r + g + b; channels 0-255), decoded by
 * `decoder`, a blank page's canvas: the worst background for light text, or
 * the brightest point of text that should stay white.
 */
export async function lightestPixel(decoder: Page, png: Buffer): Promise<[number, number, number]> {
  return decoder.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext("2d") as CanvasRenderingContext2D;
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, image.width, image.height);
    let best: [number, number, number] = [0, 0, 0];
    let bestSum = -1;
    for (let i = 0; i < data.length; i += 4) {
      const pixel: [number, number, number] = [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0];
      const sum = pixel[0] + pixel[1] + pixel[2];
      if (sum > bestSum) [best, bestSum] = [pixel, sum];
    }
    return best;
  }, png.toString("base64"));
}
