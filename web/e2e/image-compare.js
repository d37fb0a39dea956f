// Golden-image comparison for the browser tests: compare two decoded screenshots pixel by pixel,
// write a PNG (the expected image, or a picture of the differences), nothing else. Pixels come
// from helpers.js's decodePng; no image library is needed.
import zlib from 'node:zlib';

// How two images of the same size differ: a pixel differs when any channel differs by more than
// `threshold` (0..255); `ratio` is the share of such pixels. Images of different sizes differ
// everywhere (ratio 1).
export function compareImages(expected, actual, { threshold }) {
  if (expected.width !== actual.width || expected.height !== actual.height) {
    return { sizeMismatch: true, differing: expected.width * expected.height, ratio: 1, maxDelta: 255, diff: null };
  }
  const { width, height } = expected;
  const diff = Buffer.alloc(width * height * 3);
  let differing = 0, maxDelta = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const a = expected.rgb(x, y), b = actual.rgb(x, y);
      const delta = Math.max(Math.abs(a[0] - b[0]), Math.abs(a[1] - b[1]), Math.abs(a[2] - b[2]));
      maxDelta = Math.max(maxDelta, delta);
      const i = (y * width + x) * 3;
      if (delta > threshold) {
        differing++;
        diff[i] = 255; diff[i + 1] = 0; diff[i + 2] = 0;  // red where it differs
      } else {
        const grey = 160 + ((a[0] + a[1] + a[2]) / 3) * 0.37;  // the expected image, faded
        diff[i] = diff[i + 1] = diff[i + 2] = grey;
      }
    }
  }
  return { sizeMismatch: false, differing, ratio: differing / (width * height), maxDelta, diff: { width, height, rgb: diff } };
}

// An 8-bit RGB PNG of {width, height, rgb: Buffer}, each row with the filter that compresses it
// best (the usual heuristic: smallest sum of absolute values), at zlib's highest level: the
// expected images live in git, so they should be small.
export function encodePng({ width, height, rgb }) {
  const stride = width * 3;
  const raw = Buffer.alloc(height * (stride + 1));
  const candidate = Buffer.alloc(stride);
  for (let y = 0; y < height; y++) {
    const row = rgb.subarray(y * stride, (y + 1) * stride);
    const up = y > 0 ? rgb.subarray((y - 1) * stride, y * stride) : null;
    let bestCost = Infinity;
    for (let filter = 0; filter <= 4; filter++) {
      let cost = 0;
      for (let x = 0; x < stride; x++) {
        const left = x >= 3 ? row[x - 3] : 0;
        const above = up ? up[x] : 0;
        const aboveLeft = up && x >= 3 ? up[x - 3] : 0;
        let predictor = 0;
        if (filter === 1) predictor = left;
        else if (filter === 2) predictor = above;
        else if (filter === 3) predictor = (left + above) >> 1;
        else if (filter === 4) {
          const p = left + above - aboveLeft;
          const pa = Math.abs(p - left), pb = Math.abs(p - above), pc = Math.abs(p - aboveLeft);
          predictor = pa <= pb && pa <= pc ? left : pb <= pc ? above : aboveLeft;
        }
        const value = (row[x] - predictor) & 0xff;
        candidate[x] = value;
        cost += value < 128 ? value : 256 - value;
      }
      if (cost < bestCost) {
        bestCost = cost;
        raw[y * (stride + 1)] = filter;
        candidate.copy(raw, y * (stride + 1) + 1);
      }
    }
  }
  const chunk = (type, data) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;  // bits per channel
  header[9] = 2;  // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9, memLevel: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
