// The AWS Data Exchange commands the action sends (see quicksight.ts for why they are named).
export {
  DataExchangeClient,
  CreateJobCommand,
  GetAssetCommand,
  GetDataSetCommand,
  GetJobCommand,
  GetRevisionCommand,
  ListRevisionAssetsCommand,
  StartJobCommand
} from '@aws-sdk/client-dataexchange'
