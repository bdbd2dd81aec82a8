// The S3 client and the commands the action sends (see quicksight.ts for why they are named).
export {
  S3Client,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command
} from '@aws-sdk/client-s3'
