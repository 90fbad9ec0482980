/**
 * A Float64Array that grows by doubling: one number per row costs 8 bytes outside the
 * JavaScript heap, instead of an array of row objects.
 *
 * @internal
 */
export class GrowableFloat64 {
  private data = new Float64Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Float64Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }

  /** A view of the values pushed so far (no copy). */
  view(): Float64Array {
    return this.data.subarray(0, this.length);
  }
}

/** @internal An Int32Array that grows by doubling (category indices). */
export class GrowableInt32 {
  private data = new Int32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }

  /** A view of the values pushed so far (no copy). */
  view(): Int32Array {
    return this.data.subarray(0, this.length);
  }
}
