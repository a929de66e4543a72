import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 217, file f2: a thread on a XenForo 2 legal advice forum (the p-header with logo, the p-nav with
 * "Forums", "What's new", "Log in" and "Register", the breadcrumb, the h1 with its thread prefix label, the
 * "Thread starter" / "Start date" description, posts as `article.message--post` with the user cell (name, user title,
 * "Joined" and "Messages" pairs), the post date and "#n" permalink, bbWrapper bodies with a quoted post ("... said:",
 * "Click to expand..."), the reactions bar, "Report" / "Reply", "You must log in or register to reply here.", "Similar
 * threads", "Share:" buttons, the cookie notice and the footer with "Community platform by XenForo").
 */
const title = 'Employer wants me to repay training costs after I resigned';
const prefix = 'Employment';
const posts = [
  {
    user: 'ellie_w',
    utitle: 'New member',
    joined: 'Mar 4, 2025',
    msgs: '2',
    date: 'Mar 4, 2025',
    n: '#1',
    quote: '',
    text: [
      'I handed in my notice last month after 14 months at a dental practice. My contract says that if I leave within two years I ' +
        'have to repay the cost of my radiography course, which was £1,850. They have now told me they will take the whole amount ' +
        'out of my final pay.',
      'That would leave me with almost nothing for March. Can they actually do this? There is nothing in the contract about it ' + 'reducing over time.',
    ],
  },
  {
    user: 'Stanmore',
    utitle: 'Well-known member',
    joined: 'Jun 11, 2019',
    msgs: '8,412',
    date: 'Mar 4, 2025',
    n: '#2',
    quote: '',
    text: [
      'Training repayment clauses are generally enforceable if they are a genuine pre-estimate of the employer’s loss. A clause that ' +
        'asks for the full cost back regardless of how long you stayed is more open to challenge, because by month 14 the employer has ' +
        'had more than half the benefit.',
      'As for deducting it from wages, they can only do that if the contract or a separate written agreement you signed in advance ' +
        'allows deductions. Check for a clause that expressly permits it. If there is none, a deduction would be unlawful and you ' +
        'could claim it back through a tribunal.',
    ],
  },
  {
    user: 'ellie_w',
    utitle: 'New member',
    joined: 'Mar 4, 2025',
    msgs: '2',
    date: 'Mar 5, 2025',
    n: '#3',
    quote: 'Check for a clause that expressly permits it.',
    text: [
      'There is a line saying “the Company may deduct any sums owed to it by you from your salary”, so I suppose that covers it. ' +
        'Would it still be worth arguing about the amount?',
    ],
  },
  {
    user: 'Stanmore',
    utitle: 'Well-known member',
    joined: 'Jun 11, 2019',
    msgs: '8,412',
    date: 'Mar 5, 2025',
    n: '#4',
    quote: '',
    text: [
      'Yes. Write to them now, before payday, saying you accept a proportionate repayment but that the full sum is not a ' +
        'reasonable estimate of their loss after 14 months. Offer a figure, for example 10/24ths, and ask for an instalment plan.',
      'Also check that the deduction does not take you below the minimum wage for your final pay period. Deductions for training ' +
        'costs count when working that out, and a lot of employers get this wrong.',
      'If they refuse to negotiate, ACAS early conciliation is free and the employer will usually engage once a claim is possible.',
    ],
  },
];
const edited = 'Last edited: Mar 5, 2025';
const nav = ['Home', 'Forums', 'What’s new', 'Members', 'Log in', 'Register'];
const crumbs = ['Forums', 'Legal advice', 'Employment law'];
const react = ['Like', 'Reply', 'Report'];
const reactions = ['Stanmore and Jules_K like this', 'ellie_w and Brackley like this'];
const similar = ['Can my employer claw back a relocation allowance?', 'Deduction from final salary for uniform', 'Notice period pay when on sick leave'];
const similarMeta = ['Replies: 6', 'Replies: 3', 'Replies: 11'];
const cookie = [
  'This site uses cookies to help personalise content, tailor your experience and to keep you logged in if you register.',
  'Accept',
  'Learn more…',
];
const foot = ['Contact us', 'Terms and rules', 'Privacy policy', 'Help', 'RSS'];
const plat = 'Community platform by XenForo® © 2010-2025 XenForo Ltd.';
const post = (p: (typeof posts)[number], i: number): string => `<article class="message message--post js-post js-inlineModContainer"
data-author="${p.user}" data-content="post-91${i}" id="js-post-91${i}"><span class="u-anchorTarget" id="post-91${i}"></span>
<div class="message-inner"><div class="message-cell message-cell--user">
<section class="message-user" itemprop="author" itemscope itemtype="https://schema.org/Person">
<div class="message-avatar"><div class="message-avatar-wrapper"><a href="/members/${p.user}.${i}/" class="avatar avatar--m">
<span class="avatar-u avatar--default">${p.user[0]}</span></a></div></div>
<div class="message-userDetails"><h4 class="message-name"><a href="/members/${p.user}.${i}/" class="username" itemprop="name">${p.user}</a></h4>
<h5 class="userTitle message-userTitle" itemprop="jobTitle">${p.utitle}</h5></div>
<div class="message-userExtras"><dl class="pairs pairs--justified"><dt>Joined</dt><dd>${p.joined}</dd></dl>
<dl class="pairs pairs--justified"><dt>Messages</dt><dd>${p.msgs}</dd></dl></div><span class="message-userArrow"></span></section></div>
<div class="message-cell message-cell--main"><div class="message-main js-quickEditTarget"><header class="message-attribution message-attribution--split">
<ul class="message-attribution-main listInline"><li class="u-concealed"><a href="/threads/repay-training-costs.5521/post-91${i}" rel="nofollow">
<time class="u-dt" dir="auto" datetime="2025-03-0${4 + (i >> 1)}T10:0${i}:00+0000">${p.date}</time></a></li></ul>
<ul class="message-attribution-opposite message-attribution-opposite--list"><li><a href="/threads/repay-training-costs.5521/post-91${i}"
class="message-attribution-gadget" data-xf-init="share-tooltip" rel="nofollow">${p.n}</a></li></ul></header>
<div class="message-content js-messageContent"><div class="message-userContent lbContainer js-lbContainer" data-lb-id="post-91${i}">
<article class="message-body js-selectToQuote"><div class="bbWrapper">${
  p.quote
    ? `<blockquote data-attributes="member: 2" data-quote="Stanmore" data-source="post: 911"
class="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote js-expandWatch">
<div class="bbCodeBlock-title"><a href="/goto/post?id=911" class="bbCodeBlock-sourceJump" rel="nofollow">Stanmore said:</a></div>
<div class="bbCodeBlock-content"><div class="bbCodeBlock-expandContent js-expandContent">${p.quote}</div>
<div class="bbCodeBlock-expandLink js-expandLink"><a role="button" tabindex="0">Click to expand...</a></div></div></blockquote>`
    : ''
}${p.text.join('<br>\n<br>\n')}</div><div class="js-selectToQuoteEnd">&nbsp;</div></article></div>
${i === 1 ? `<div class="message-lastEdit">${edited}</div>` : ''}</div>
<footer class="message-footer"><div class="message-actionBar actionBar"><div class="actionBar-set actionBar-set--external">
${react.map((t) => `<a href="#" class="actionBar-action actionBar-action--${t.toLowerCase()}">${t}</a>`).join('\n')}</div></div>
${i === 1 || i === 3 ? `<div class="reactionsBar js-reactionsList is-active"><a class="reactionsBar-link" href="#">${reactions[i >> 1]}</a></div>` : ''}
</footer></div></div></div></article>`;
const html = `<!DOCTYPE html>
<html id="XF" lang="en-GB" dir="LTR" data-xf="2.3" data-app="public" data-template="thread_view" data-container-key="node-14" data-content-key="thread-5521"
data-logged-in="false" data-cookie-prefix="xf_" class="has-no-js template-thread_view"><head>
<meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=Edge">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<title>${prefix} - ${title} | Counsel Corner Forums</title><link rel="canonical" href="https://forum.counselcorner.example/threads/repay-training-costs.5521/">
<meta name="description" content="${posts[0]!.text[0]!.slice(0, 150)}"><meta property="og:site_name" content="Counsel Corner Forums">
<meta property="og:type" content="website"><meta property="og:title" content="${prefix} - ${title}">
<script
type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${title}","datePublished":"2025-03-04T10:00:00+00:00",
"author":{"@type":"Person","name":"ellie_w"},"interactionStatistic":{"@type":"InteractionCounter","interactionType":"https://schema.org/CommentAction",
"userInteractionCount":3}}</script>
<link rel="stylesheet" href="/css.php?css=public%3Anormalize.css%2Cpublic%3Acore.less%2Cpublic%3Aapp.less&amp;s=1&amp;l=1&amp;d=1741000000">
<script src="/js/xf/preamble.min.js?_v=7f3c2a1b"></script></head>
<body data-template="thread_view"><div class="p-pageWrapper" id="top">
<header class="p-header" id="header"><div class="p-header-inner"><div class="p-header-content"><div class="p-header-logo p-header-logo--image">
<a href="/"><img src="/styles/counsel/logo.png" alt="Counsel Corner Forums" width="200" height="36"></a></div></div></div></header>
<div class="p-navSticky p-navSticky--primary" data-xf-init="sticky-header"><nav class="p-nav"><div class="p-nav-inner">
<div class="p-nav-scroller hScroller"><div class="hScroller-scroll"><ul class="p-nav-list js-offCanvasNavSource">${links(nav.slice(0, 4), 'p-navEl')}</ul>
</div></div>
<div class="p-nav-opposite"><div class="p-navgroup p-account p-navgroup--guest"><a href="/login/" class="p-navgroup-link p-navgroup-link--logIn">${nav[4]}</a>
<a href="/register/" class="p-navgroup-link p-navgroup-link--register">${nav[5]}</a></div></div></div></nav></div>
<div class="p-body"><div class="p-body-inner"><ul class="p-breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList">${links(crumbs)}</ul>
<div class="p-body-header"><div class="p-title"><h1 class="p-title-value"><span class="label label--blue" dir="auto">${prefix}</span>
<span class="label-append">&nbsp;</span>${title}</h1></div>
<div class="p-description"><ul class="listInline listInline--bullet"><li><span class="u-srOnly">Thread starter</span>
<a href="/members/ellie_w.0/" class="username u-concealed">ellie_w</a></li><li><span class="u-srOnly">Start date</span>
<a href="/threads/repay-training-costs.5521/" class="u-concealed"><time class="u-dt" datetime="2025-03-04T10:00:00+0000">Mar 4, 2025</time></a></li></ul>
</div></div>
<div class="p-body-main"><div class="p-body-content"><div class="p-body-pageContent"><div class="block block--messages" data-xf-init="" data-type="post">
<div class="block-container lbContainer"><div class="block-body js-replyNewMessageContainer">
${posts.map(post).join('\n')}
</div></div></div>
<div class="block-outer block-outer--after"><div class="block-outer-opposite">
<a href="/login/" class="button--link button">You must log in or register to reply here.</a></div></div>
<div class="block" data-widget-key="xfes_thread_view_below_quick_reply_similar_threads"><div class="block-container">
<h3 class="block-header">Similar threads</h3>
<div class="block-body"><ul>${similar
  .map(
    (t, i) => `<li class="structItem"><a href="/threads/${i}/" class="structItem-title">${t}</a><span class="structItem-minor">${similarMeta[i]}</span></li>`,
  )
  .join('\n')}</ul></div></div></div>
<div class="blockMessage blockMessage--none"><div class="shareButtons"><span class="shareButtons-label">Share:</span>
<a class="shareButtons-button shareButtons-button--facebook"><span>Facebook</span></a><a class="shareButtons-button shareButtons-button--twitter">
<span>X</span></a>
<a class="shareButtons-button shareButtons-button--email"><span>Email</span></a><a class="shareButtons-button shareButtons-button--share is-hidden">
<span>Share</span></a>
<a class="shareButtons-button shareButtons-button--link"><span>Link</span></a></div></div></div></div></div>
<ul class="p-breadcrumbs p-breadcrumbs--bottom">${links(crumbs)}</ul></div></div>
<footer class="p-footer" id="footer"><div class="p-footer-inner"><div class="p-footer-row"><div class="p-footer-row-opposite"><ul class="p-footer-linkList">
${links(foot)}</ul></div></div>
<div class="p-footer-copyright"><a href="https://xenforo.example" class="u-concealed" dir="ltr" target="_blank">${plat}</a></div></div></footer>
</div>
<div class="u-bottomFixer js-bottomFixTarget"><ul class="notices notices--bottom_fixer js-notices"><li class="notice js-notice notice--primary notice--cookie"
data-notice-id="-1" data-delay-duration="0" data-display-duration="0"><div class="notice-content">${cookie[0]}
<div class="u-inputSpacer"><a href="/account/dismiss-notice" class="button--notice button"><span class="button-text">${cookie[1]}</span></a>
<a href="/help/cookies" class="button--notice button"><span class="button-text">${cookie[2]}</span></a></div></div></li></ul></div>
<script src="/js/xf/core-compiled.js?_v=7f3c2a1b"></script></body></html>`;

export const xenforoThread: TestPage = {
  html,
  name: 'heldout217-xenforo-legal-forum-thread',
  kind: 'forum',
  // the thread prefix label is furniture and the title is the h1 without it; the quoted line in post #3 and its
  // "said:" and "Click to expand..." are in neither list; user titles, Joined/Messages pairs, #n, reactions and buttons
  // are furniture
  title,
  headings: [],
  body: texts(posts.flatMap((p) => p.text)),
  bylines: ['ellie_w', 'Stanmore', 'Mar 4, 2025', 'Mar 5, 2025', edited],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...nav, 'Legal advice', 'Employment law', prefix, 'New member', 'Well-known member', 'Joined', 'Messages', 'Jun 11, 2019', '8,412', '#1', '#2', '#3', '#4',
    ...react,
    ...reactions, 'You must log in or register to reply here.', 'Similar threads', ...similar, ...similarMeta, 'Share:', 'Facebook', 'Email', 'Link',
    ...cookie, ...foot.filter((t) => t !== 'Help'), 'Help', plat,
  ],
};
