// The STS client and the one command the action sends (see quicksight.ts for why they are named).
export { STSClient, GetCallerIdentityCommand } from '@aws-sdk/client-sts'
