import { Input } from '../../inputs/names.js'
import type { Kind } from '../kind.js'
import type { DataExchangeInputs } from './data-exchange-inputs.js'

/** AWS Data Exchange export jobs: a data set's assets to S3 or a signed URL, or a job followed. */
export const dataExchange: Kind<DataExchangeInputs> = {
  name: 'data-exchange',
  ownInputs: [
    Input.DataExchangeJobId,
    Input.DataExchangeExport,
    Input.S3Encryption,
    Input.KmsKeyArn
  ],
  async readInputs(input) {
    const { readDataExchangeInputs } = await import('./data-exchange-inputs.js')
    return readDataExchangeInputs(input)
  },
  async plan(inputs, c) {
    return (await import('./plan-data-exchange.js')).planDataExchange(inputs, c)
  }
}
