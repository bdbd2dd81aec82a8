// The STS client and the commands the action sends (see quicksight.ts for why they are named).
export { STSClient, AssumeRoleCommand, GetCallerIdentityCommand } from '@aws-sdk/client-sts'
