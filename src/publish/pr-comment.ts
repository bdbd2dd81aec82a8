import * as core from '@actions/core'
import { errorMessage } from '../errors.js'

export const COMMENT_LIMIT = 65_536

export interface CommentOptions {
  token: string
  /** The marker's tag: runs with the same tag and subject update one comment. */
  tag: string
  /** What the step exports: a dashboard id, a config file. */
  subject: string
  /** Renders the body for a maximum length, with the marker as its first line. */
  render: (marker: string, maxLength: number) => string
}

/** The hidden marker that identifies this action's comment for a tag and subject. */
export function commentMarker(tag: string, subject: string): string {
  return `<!-- quicksight-export:${tag}:${subject.replace(/--+/g, '-')} -->`
}

/** Events whose payload is the pull request itself; `issue_comment` may be on one too. */
const PULL_REQUEST_PAYLOADS = ['pull_request', 'pull_request_target']
const PULL_REQUEST_EVENTS = [...PULL_REQUEST_PAYLOADS, 'issue_comment']

/** The pull request the event is about: pull_request, pull_request_target, or a comment on a PR. */
export function pullRequestNumber(
  eventName: string,
  payload: Record<string, unknown>
): number | undefined {
  const pr = payload.pull_request as { number?: number } | undefined
  if (PULL_REQUEST_PAYLOADS.includes(eventName) && pr?.number) return pr.number
  const issue = payload.issue as { number?: number; pull_request?: unknown } | undefined
  if (eventName === 'issue_comment' && issue?.pull_request && issue.number) return issue.number
  return undefined
}

/**
 * Creates or updates this action's sticky comment on the event's pull request. A missing token or
 * a read-only one (forks) gives a warning: the step goes on. Returns the comment's URL.
 */
export async function commentOnPullRequest(o: CommentOptions): Promise<string | undefined> {
  // Other events have no pull request: @actions/github (an HTTP stack, 9 MiB) stays unloaded.
  if (!PULL_REQUEST_EVENTS.includes(process.env.GITHUB_EVENT_NAME ?? '')) return undefined
  const { context, getOctokit } = await import('@actions/github')
  const number = pullRequestNumber(context.eventName, context.payload)
  if (number === undefined) return undefined
  if (!o.token) {
    core.warning('Not commenting on the pull request: github-token is empty.')
    return undefined
  }
  const marker = commentMarker(o.tag, o.subject)
  const body = o.render(marker, COMMENT_LIMIT - 100)
  const octokit = getOctokit(o.token)
  const where = { ...context.repo, issue_number: number }
  try {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
      ...where,
      per_page: 100
    })
    const mine = comments.find((c) => c.body?.startsWith(marker))
    const { data } = mine
      ? await octokit.rest.issues.updateComment({ ...context.repo, comment_id: mine.id, body })
      : await octokit.rest.issues.createComment({ ...where, body })
    core.info(`${mine ? 'Updated' : 'Added'} the pull request comment: ${data.html_url}`)
    return data.html_url
  } catch (error) {
    const status = (error as { status?: number }).status
    const hint =
      status === 403 || status === 404
        ? ' The token cannot write to this pull request (a fork? add permissions: pull-requests: write).'
        : ''
    core.warning(`Could not comment on pull request #${number}: ${errorMessage(error)}.${hint}`)
    return undefined
  }
}
