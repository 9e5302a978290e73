/** Limits an image must fit before OCR starts; the defaults are what the bot uses. */
export interface ImageLimits {
  /** Bytes; Telegram photos are far smaller, documents can be up to 20 MB. */
  maxBytes: number;
  /** width × height; 40 MP is above any phone camera and bounds decoder memory. */
  maxPixels: number;
  /** Longest side in pixels; very long strips (stitched screenshots) are refused, not slowed down. */
  maxSide: number;
}

export const DEFAULT_IMAGE_LIMITS: ImageLimits = {
  maxBytes: 10 * 1024 * 1024,
  maxPixels: 40_000_000,
  maxSide: 10_000,
};
