/**
 * Held-out batch 62, file e3: the markup pieces of the GitHub Discussions page of file e (a markdown heading with its anchor,
 * a highlighted code block with its copy button, a timeline comment with header, labels, "edited", body, upvote and reactions,
 * the "Answer selected by" mark and a replies block), kept apart so that file e stays under 300 lines.
 */
export const p = (paras: readonly string[]): string => paras.map((t) => `<p dir="auto">${t}</p>`).join('\n');
export const heading = (t: string): string => `<div class="markdown-heading" dir="auto"><h3 tabindex="-1" class="heading-element" dir="auto">${t}</h3><a
 id="user-content-${t.toLowerCase().replace(/ /g, '-')}" class="anchor" aria-label="Permalink: ${t}" href="#${t.toLowerCase().replace(/ /g, '-')}"><svg
 class="octicon octicon-link" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true"><path d="m7.775 3.275 1.25-1.25"></path></svg></a></div>`;
export const code = (
  lang: string,
  src: string,
): string => `<div class="highlight highlight-source-${lang} notranslate position-relative overflow-auto" dir="auto"><pre>${src}</pre>
<div class="zeroclipboard-container"><clipboard-copy aria-label="Copy" class="ClipboardButton btn btn-invisible js-clipboard-copy m-2 p-0 d-flex
 flex-justify-center
 flex-items-center" data-copy-feedback="Copied!" data-tooltip-direction="w"
 value="${src.split('"').join('&quot;')}" tabindex="0" role="button"></clipboard-copy></div></div>`;
export type GhComment = { id: string; user: string; label?: string; time: string; iso: string; body: string; vote?: number; extra?: string; edited?: boolean };
export const ghComment = (
  c: GhComment,
  nested = false,
): string => `<div class="timeline-comment-group ${nested ? 'discussion-nested-comment-timeline-item' : 'discussion-timeline-item'}
 js-comment-container" id="discussioncomment-${c.id}" data-gid="DC_kwDOH${c.id}"><div class="timeline-comment unminimized-comment comment previewable-edit">
<div class="timeline-comment-header clearfix d-flex"><div class="timeline-comment-actions flex-shrink-0 d-flex flex-items-center"><details
 class="details-overlay
 details-reset position-relative d-inline-block"><summary class="timeline-comment-action Link--secondary btn-link" aria-label="Show options" role="button"><svg
 class="octicon octicon-kebab-horizontal" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true"></svg></summary></details></div>
<h3 class="timeline-comment-header-text f5 text-normal"><div class="d-flex flex-items-center flex-wrap"><a class="author Link--primary text-bold
 css-overflow-wrap-anywhere"
 data-hovercard-type="user" data-hovercard-url="/users/${c.user}/hovercard" href="/${c.user}">${c.user}</a>
${
  c.label === undefined
    ? ''
    : `<span class="Label ml-1 tooltipped tooltipped-n" aria-label="This user is a ${c.label.toLowerCase()} of the
 tessellate-js/tessellate repository.">${c.label}</span>`
}
<span class="d-inline-block"><a href="#discussioncomment-${c.id}" class="Link--secondary js-timestamp"><relative-time class="no-wrap"
 datetime="${c.iso}">${c.time}</relative-time></a>
</span>${
  c.edited === true
    ? `<details class="details-reset details-overlay d-inline-block dropdown hx_dropdown-fullscreen"><summary class="btn-link
 no-underline color-fg-muted js-notice"><span>edited</span></summary></details>`
    : ''
}
</div></h3></div>${c.extra ?? ''}
<div class="edit-comment-hide"><task-lists disabled sortable><table class="d-block user-select-contain" data-paste-markdown-skip><tbody class="d-block"><tr
 class="d-block">
<td class="d-block comment-body markdown-body js-comment-body">
${c.body}
</td></tr></tbody></table></task-lists></div>
<div class="d-flex flex-items-center px-3 pb-3"><div class="discussion-vote-form"><button type="submit" class="btn btn-sm" aria-label="Upvote: ${c.vote ?? 0}"
 disabled>
<svg class="octicon octicon-arrow-up" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true"></svg><span
 class="js-vote-count">${c.vote ?? 0}</span></button></div>
<div class="comment-reactions js-reactions-container"><button type="button" class="social-reaction-summary-item btn-link" aria-label="react with thumbs up"
 disabled><g-emoji
 alias="+1" class="social-button-emoji">👍</g-emoji><span
 class="js-discussion-reaction-group-count">${Math.max(1, Math.floor((c.vote ?? 0) / 2))}</span></button></div></div>
</div></div>`;
export const answerMark = `<div class="px-3 pt-2 color-fg-success text-small"><svg class="octicon octicon-check-circle-fill" viewBox="0 0 16 16" width="16"
 height="16"
 aria-hidden="true"></svg> Answer selected by <a href="/okoye-dev" class="Link--primary text-bold">okoye-dev</a></div>`;
export const replies = (
  items: string,
  n: number,
): string => `<div class="js-comment-replies discussion-nested-comments pl-3 border-top"><h4 class="sr-only">${n} replies</h4>
${items}<div class="js-inline-comment-form-container p-3"><a href="/login?return_to=%2Ftessellate-js%2Ftessellate%2Fdiscussions%2F4182" class="btn-link">Sign
 up for free
</a> to join this conversation on GitHub.</div></div>`;
