// The S3 client and the one command the action sends (see quicksight.ts for why they are named).
export { S3Client, GetObjectCommand } from '@aws-sdk/client-s3'
