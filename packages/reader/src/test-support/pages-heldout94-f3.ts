/**
 * Held-out batch 94, file f3: XenForo 2 post markup for the Tom's Hardware forum thread of file f (the message-user cell
 * with avatar, name, user title and extras, the attribution bar with time, share gadget and post number, the bbWrapper body
 * with quotes and line-break paragraphs, the "Last edited" line, the signature, and the action and reactions bars).
 */
export interface XfPost {
  id: number;
  n: number;
  user: string;
  title: string;
  joined: string;
  messages: string;
  score: string;
  points: string;
  time: string;
  iso: string;
  paras: string[];
  quote?: { user: string; text: string };
  edited?: string;
  signature?: string;
  reactions?: string;
  solution?: boolean;
}
export const xfPost = (p: XfPost): string => `<article class="message message--post js-post js-inlineModContainer${p.solution ? ' is-solution' : ''}"
data-author="${p.user}" data-content="post-${p.id}" id="js-post-${p.id}" itemscope itemtype="https://schema.org/Comment"><span class="u-anchorTarget"
id="post-${p.id}"></span>
<div class="message-inner"><div class="message-cell message-cell--user"><section class="message-user" itemprop="author" itemscope
itemtype="https://schema.org/Person">
<div class="message-avatar"><div class="message-avatar-wrapper"><a href="/members/${p.user.toLowerCase()}.${p.id % 9973}/" class="avatar avatar--m"
data-user-id="${p.id % 9973}"
data-xf-init="member-tooltip"><img src="https://forums.tomshardware.example/data/avatars/m/${p.id % 97}.jpg" alt="${p.user}" class="avatar-u-m" width="96"
height="96"
loading="lazy"></a></div></div><div class="message-userDetails"><h4 class="message-name"><a href="/members/${p.user.toLowerCase()}/" class="username" dir="auto"
itemprop="name">${p.user}</a></h4><h5 class="userTitle message-userTitle" dir="auto" itemprop="jobTitle">${p.title}</h5></div>
<div class="message-userExtras"><dl class="pairs pairs--justified"><dt>Joined</dt><dd>${p.joined}</dd></dl><dl class="pairs pairs--justified"><dt>Messages</dt>
<dd>${p.messages}</dd></dl><dl class="pairs pairs--justified"><dt>Reaction score</dt><dd>${p.score}</dd></dl><dl class="pairs pairs--justified"><dt>Points</dt>
<dd>${p.points}</dd></dl></div><span class="message-userArrow"></span></section></div>
<div class="message-cell message-cell--main"><div class="message-main js-quickEditTarget"><header class="message-attribution message-attribution--split">
<ul class="message-attribution-main listInline"><li class="u-concealed"><a href="/threads/cpu-idles-at-60c.3871234/post-${p.id}" rel="nofollow" itemprop="url">
<time class="u-dt" dir="auto" datetime="${p.iso}" data-timestamp="1760235242" title="${p.time} at 9:14 PM"
itemprop="datePublished">${p.time}</time></a></li></ul>
<ul class="message-attribution-opposite message-attribution-opposite--list"><li><a href="/threads/cpu-idles-at-60c.3871234/post-${p.id}"
class="message-attribution-gadget"
data-xf-init="share-tooltip" aria-label="Share" rel="nofollow"><i class="fa--xf far fa-share-alt" aria-hidden="true"></i></a></li>
<li><a href="/threads/cpu-idles-at-60c.3871234/post-${p.id}" rel="nofollow">#${p.n}</a></li></ul></header>
${p.solution ? '<div class="message-solutionLabel"><span class="label label--green">Solution</span></div>' : ''}
<div class="message-content js-messageContent"><div class="message-userContent lbContainer js-lbContainer" data-lb-id="post-${p.id}">
<article class="message-body js-selectToQuote"><div itemprop="text"><div class="bbWrapper">${
  p.quote
    ? `<blockquote data-attributes="member: 1" data-quote="${p.quote.user}" data-source="post: ${p.id - 7}" class="bbCodeBlock bbCodeBlock--expandable
bbCodeBlock--quote js-expandWatch"><div class="bbCodeBlock-title"><a href="/goto/post?id=${p.id - 7}" class="bbCodeBlock-sourceJump"
rel="nofollow">${p.quote.user} said:</a>
</div><div class="bbCodeBlock-content"><div class="bbCodeBlock-expandContent js-expandContent">${p.quote.text}</div><div
class="bbCodeBlock-expandLink js-expandLink">
<a role="button" tabindex="0">Click to expand...</a></div></div></blockquote>`
    : ''
}${p.paras.join('<br>\n<br>\n')}</div><div class="js-selectToQuoteEnd">&nbsp;</div></div></article>
${p.edited ? `<div class="message-lastEdit">${p.edited}</div>` : ''}</div>
${p.signature ? `<aside class="message-signature"><div class="bbWrapper">${p.signature}</div></aside>` : ''}</div>
<footer class="message-footer"><div class="message-actionBar actionBar"><div class="actionBar-set actionBar-set--external"><a
href="/posts/${p.id}/react?reaction_id=1"
class="reaction reaction--small actionBar-action actionBar-action--reaction" data-xf-click="reaction" data-reaction-id="1"><i aria-hidden="true"></i>
<span class="reaction-text js-reactionText"><bdi>Like</bdi></span></a><a href="/threads/cpu-idles-at-60c.3871234/reply?quote=${p.id}"
class="actionBar-action actionBar-action--reply" title="Reply, quoting this message" rel="nofollow" data-xf-click="quote">Reply</a></div>
<div class="actionBar-set actionBar-set--internal"><a href="/posts/${p.id}/report" class="actionBar-action actionBar-action--report"
data-xf-click="overlay">Report</a>
</div></div>${
  p.reactions
    ? `<div class="reactionsBar js-reactionsList is-active"><ul class="reactionSummary"><li><span class="reaction reaction--small reaction--1"
data-reaction-id="1">
<i aria-hidden="true"></i></span></li></ul><span class="u-srOnly">Reactions:</span><a class="reactionsBar-link" href="/posts/${p.id}/reactions"
data-xf-click="overlay"
rel="nofollow">${p.reactions}</a></div>`
    : ''
}</footer></div></div></div></article>`;
