// Loaded with `node --import` into the action's process by the e2e harness (never by the action):
// moves the wall clock to FAKE_NOW, as faketime would, so relative dates can be tested at a month
// boundary. Time still passes; timers are untouched.
const target = Date.parse(process.env.FAKE_NOW ?? '')
if (!Number.isNaN(target)) {
  const RealDate = Date
  const offset = target - RealDate.now()
  globalThis.Date = class extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(RealDate.now() + offset)
      else super(...args)
    }
    static now() {
      return RealDate.now() + offset
    }
  }
}
