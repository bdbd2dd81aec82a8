/**
 * The part of DOMMatrix (a 2-D affine matrix [a c e; b d f]) that pdf.js needs to extract text in
 * Node without a canvas package: one is created when its display layer loads, and Type3 glyphs
 * drawn as image masks are turned into paths with `scaleSelf` and `translateSelf`.
 */
export class DOMMatrix2D {
  a = 1
  b = 0
  c = 0
  d = 1
  e = 0
  f = 0

  /** From `[a, b, c, d, e, f]`; the identity otherwise. */
  constructor(init?: number[]) {
    if (init?.length !== 6) return
    ;[this.a, this.b, this.c, this.d, this.e, this.f] = init as [
      number,
      number,
      number,
      number,
      number,
      number
    ]
  }

  /** This matrix times `m` (m applies first), in place. */
  multiplySelf(m: { a: number; b: number; c: number; d: number; e: number; f: number }): this {
    const { a, b, c, d, e, f } = this
    this.a = a * m.a + c * m.b
    this.b = b * m.a + d * m.b
    this.c = a * m.c + c * m.d
    this.d = b * m.c + d * m.d
    this.e = a * m.e + c * m.f + e
    this.f = b * m.e + d * m.f + f
    return this
  }

  scaleSelf(sx = 1, sy = sx): this {
    return this.multiplySelf({ a: sx, b: 0, c: 0, d: sy, e: 0, f: 0 })
  }

  translateSelf(tx = 0, ty = 0): this {
    return this.multiplySelf({ a: 1, b: 0, c: 0, d: 1, e: tx, f: ty })
  }
}
