/**
 * Held-out batch 26, file d3: the comments area of the GeneratePress business post of pages-heldout26-d2.ts (WordPress's
 * threaded comment list with GeneratePress's comment markup, gravatars, "Reply" links, a reply by the post's author marked
 * bypostauthor, and the comment form with its screen-reader labels and the cookies-consent checkbox).
 */
interface GpComment {
  id: number;
  who: string;
  when: string;
  iso: string;
  text: string;
  byAuthor?: boolean;
  replies?: GpComment[];
}
const gpThread: GpComment[] = [
  {
    id: 4411,
    who: 'Gary Pruitt',
    when: 'February 19, 2025 at 7:42 am',
    iso: '2025-02-19T07:42:10+00:00',
    text:
      'Ours ran for about 14 hours straight during the cold snap last week and I was sure something was wrong. Good to know it’s ' +
      'normal. The house stayed at 68 the whole time.',
    replies: [
      {
        id: 4413,
        who: 'Dana Kowalczyk',
        when: 'February 19, 2025 at 9:15 am',
        iso: '2025-02-19T09:15:44+00:00',
        text: 'Thanks, Gary! If it held 68 through that cold snap, it sounds like it is sized well for your home.',
        byAuthor: true,
      },
    ],
  },
  {
    id: 4452,
    who: 'Linda M.',
    when: 'February 24, 2025 at 4:03 pm',
    iso: '2025-02-24T16:03:31+00:00',
    text: 'What temperature should we set it to at night? We were dropping it to 60 to save money.',
  },
  {
    id: 4490,
    who: 'Rob Castellanos',
    when: 'March 2, 2025 at 11:27 am',
    iso: '2025-03-02T11:27:05+00:00',
    text: 'The tip about clearing snow was helpful. Our outdoor unit was packed in by the plow. Cleared it and the AUX light went off.',
  },
];
const gpCommentHtml = (
  c: GpComment,
  depth: number,
): string => `<li id="comment-${c.id}" class="comment ${c.byAuthor === true ? 'byuser comment-author-dana bypostauthor ' : ''}
depth-${depth}${c.replies === undefined ? '' : ' parent'}"><article class="comment-body"
id="div-comment-${c.id}" itemtype="https://schema.org/Comment" itemscope>
<footer class="comment-meta" aria-label="Comment meta"><img alt=''
src='https://secure.gravatar.com/avatar/${c.id}?s=50&amp;d=mm&amp;r=g' class='avatar avatar-50
photo' height='50' width='50' loading='lazy' decoding='async'/><div class="comment-author-info"><div class="comment-author vcard" itemprop="author"
itemtype="https://schema.org/Person" itemscope><cite itemprop="name" class="fn">${c.who}</cite></div><div class="entry-meta comment-metadata"><a
href="#comment-${c.id}"><time datetime="${c.iso}" itemprop="datePublished">${c.when}</time></a></div></div><span class="reply"><a rel="nofollow"
class="comment-reply-link" href="#comment-${c.id}" data-commentid="${c.id}" data-postid="2318" data-belowelement="div-comment-${c.id}"
data-respondelement="respond"
data-replyto="Reply to ${c.who}" aria-label="Reply to ${c.who}">Reply</a></span></footer><div class="comment-content"
itemprop="text"><p>${c.text}</p></div></article>
${c.replies === undefined ? '' : `<ul class="children">${c.replies.map((r) => gpCommentHtml(r, depth + 1)).join('')}</ul>`}</li>`;
const gpForm = [
  'Leave a Comment',
  'Cancel reply',
  'Comment',
  'Name',
  'Email',
  'Website',
  'Save my name, email, and website in this browser for the next time I comment.',
];
/** The comments area's HTML, its title quoting the post's title. */
export const gpCommentsHtml = (title: string): string => `<div class="comments-area"><div id="comments">
<h2 class="comments-title">4 thoughts on “${title}”</h2><ol class="comment-list">${gpThread.map((c) => gpCommentHtml(c, 1)).join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">${gpForm[0]} <small><a rel="nofollow" id="cancel-comment-reply-link"
href="/heat-pump-runs-nonstop/#respond" style="display:none;">${gpForm[1]}</a></small></h3><form action="https://northfieldair.example/wp-comments-post.php"
method="post" id="commentform" class="comment-form" novalidate><p class="comment-form-comment"><label for="comment"
class="screen-reader-text">${gpForm[2]}</label>
<textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p><label for="author" class="screen-reader-text">${gpForm[3]}</label><input
placeholder="Name *" id="author" name="author" type="text" value="" size="30" required><label for="email" class="screen-reader-text">${gpForm[4]}</label><input
placeholder="Email *" id="email" name="email" type="email" value="" size="30" required><label for="url" class="screen-reader-text">${gpForm[5]}</label><input
placeholder="Website" id="url" name="url" type="url" value="" size="30"><p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent"
name="wp-comment-cookies-consent" type="checkbox" value="yes"> <label for="wp-comment-cookies-consent">${gpForm[6]}</label></p><p class="form-submit"><input
name="submit" type="submit" id="submit" class="submit" value="Post Comment"> <input type='hidden' name='comment_post_ID' value='2318' id='comment_post_ID'>
<input type='hidden' name='comment_parent' id='comment_parent' value='0'></p></form></div></div></div>`;
const gpAll = gpThread.flatMap((c) => [c, ...(c.replies ?? [])]);
/** The comments' bylines (names once, the post's author left out: she is in the post's byline) and times. */
export const gpComments = {
  bylines: gpAll.flatMap((c) => (c.byAuthor === true ? [c.when] : [c.who, c.when])),
};
/** The comments area's furniture: the title line (quoting the post's title), each comment's text, "Reply" (once) and the form's texts. */
export const gpCommentsFurniture = (title: string): string[] => [`4 thoughts on “${title}”`, ...gpAll.map((c) => c.text), 'Reply', ...gpForm];
