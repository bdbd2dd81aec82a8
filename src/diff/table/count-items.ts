/** How many items an async iterable yields (it is read to the end). */
export async function countItems(items: AsyncIterable<unknown>): Promise<number> {
  let n = 0
  const iterator = items[Symbol.asyncIterator]()
  while (!(await iterator.next()).done) n++
  return n
}
