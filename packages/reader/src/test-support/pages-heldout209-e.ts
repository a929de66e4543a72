import { links, type TestPage, texts } from './page-kit.js';
import { inspectorBlog } from './pages-heldout209-e2.js';

/**
 * Held-out batch 209, file e: a landlord forum thread on XenForo 2 (the p-header with the logo and "Log in" / "Register",
 * the nav tabs, the breadcrumb, the thread title with starter and start date, the page nav, six posts with user blocks
 * holding the user title, "Joined" and "Messages" extras, a quoted post, an "Last edited" line, the "Like" reaction bar
 * and "Report" / "Reply" links, the "You must log in or register to reply here." notice, the "Similar threads" block,
 * the share bar and the footer) and, from file e2, a home inspector's blog post.
 */
const lfTitle = 'Tenant wants to install a heat pump – can I refuse?';
type Post = { who: string; rank: string; joined: string; msgs: string; when: string; n: string; text: string[]; quote?: string; edit?: string; likes?: string };
const lfPosts: Post[] = [
  {
    who: 'GreyStoneLets',
    rank: 'Active Member',
    joined: 'Mar 14, 2019',
    msgs: '412',
    when: 'Sep 30, 2025',
    n: '#1',
    text: [
      'One of my long-standing tenants (four years, never late) has asked whether she can have an air source heat pump put in at her ' +
        'own cost to replace the old gas boiler. She has found a grant that would cover most of it and says she will pay the rest.',
      'The house is a 1930s semi with solid walls and single-glazed bay windows at the front. My worry is that it won’t heat the ' +
        'place properly, the next tenant will complain, and I’ll be stuck with a system I didn’t choose. Am I within my rights to say no?',
    ],
    likes: 'Like',
  },
  {
    who: 'Roger Pell',
    rank: 'Well-Known Member',
    joined: 'Jan 3, 2016',
    msgs: '3,871',
    when: 'Sep 30, 2025',
    n: '#2',
    text: [
      'Check your tenancy agreement. Almost every AST says the tenant can’t make alterations without the landlord’s written consent, ' +
        'and replacing the heating system is definitely an alteration. So yes, you can refuse, but you may not want to.',
      'If the grant is the one I think it is, the installer has to do a heat loss survey first. Ask to see it. If the survey says the ' +
        'house needs insulation or new radiators before a heat pump will work, you’ll know where you stand.',
    ],
    likes: 'Like',
  },
  {
    who: 'GreyStoneLets',
    rank: 'Active Member',
    joined: 'Mar 14, 2019',
    msgs: '412',
    when: 'Sep 30, 2025',
    n: '#3',
    quote: 'If the survey says the house needs insulation or new radiators before a heat pump will work, you’ll know where you stand.',
    text: ['That’s a good point. She hasn’t mentioned a survey at all, just the grant. I’ll ask her to get one done before I decide.'],
  },
  {
    who: 'mjwhitfield',
    rank: 'Member',
    joined: 'Jun 22, 2023',
    msgs: '58',
    when: 'Oct 1, 2025',
    n: '#4',
    text: [
      'We had one fitted in a rental last winter. Running costs came out slightly lower than gas once we put in bigger radiators in ' +
        'two rooms, and the EPC went from D to C, which matters with the minimum standards coming. But it was not cheap to get right.',
      'Whatever you agree, put it in writing: who owns the system, who services it, and what happens at the end of the tenancy.',
    ],
    edit: 'Last edited: Oct 1, 2025',
    likes: 'Like',
  },
  {
    who: 'Harriet_Lyle',
    rank: 'Well-Known Member',
    joined: 'Nov 9, 2017',
    msgs: '1,206',
    when: 'Oct 1, 2025',
    n: '#5',
    text: [
      'Don’t forget your insurer and, if you have one, your mortgage lender. Some want to be told about a change of heating system. ' +
        'And you will still need to arrange the annual gas safety check until the gas supply is capped.',
    ],
    likes: 'Like',
  },
  {
    who: 'GreyStoneLets',
    rank: 'Active Member',
    joined: 'Mar 14, 2019',
    msgs: '412',
    when: 'Oct 6, 2025',
    n: '#6',
    text: [
      'Update for anyone who finds this later: the survey came back saying the house would need loft insulation topped up and three ' +
        'radiators upsized. The grant covers the radiators, and I’ve agreed to pay for the loft. We’ve signed a short side letter ' +
        'saying the system stays with the house and I take over servicing. Thanks all.',
    ],
    likes: 'Like',
  },
];
const lfNav = ['Forums', 'What’s new', 'Members', 'Resources', 'Log in', 'Register', 'Search'];
const lfCrumbs = ['Home', 'Forums', 'Landlord Matters', 'Repairs, Maintenance & Energy'];
const lfStarter = ['Thread starter', 'GreyStoneLets', 'Start date', 'Sep 30, 2025'];
const lfPager = ['Watch', 'Reactions: Roger Pell, mjwhitfield and 4 others'];
const lfExtras = ['Joined', 'Messages', 'Reaction score', 'Location'];
const lfActions = ['Report', 'Reply', 'Share'];
const lfLogin = 'You must log in or register to reply here.';
const lfSimilar = [
  'Similar threads',
  'EPC C by 2030: what have you actually done?',
  'Tenant installed smart meter without asking',
  'Boiler replacement during tenancy',
];
const lfSimilarMeta = ['Replies', 'Views'];
const lfShare = ['Share:', 'Facebook', 'X', 'Email', 'Link'];
const lfFoot = ['Contact us', 'Terms and rules', 'Privacy policy', 'Help', 'Home', 'RSS'];
const lfCopy = 'Community platform by XenForo® © 2010-2025 XenForo Ltd.';
const lfCookie = [
  'This site uses cookies to help personalise content, tailor your experience and to keep you logged in if you register.',
  'Accept',
  'Learn more…',
];
const lfId = (w: string): string => w.toLowerCase().replace(/\W+/g, '');
const lfPost = (p: Post, i: number): string => `<article class="message message--post js-post js-inlineModContainer" data-author="${p.who}"
data-content="post-${88120 + i}" id="js-post-${88120 + i}"><span class="u-anchorTarget" id="post-${88120 + i}"></span><div class="message-inner">
<div class="message-cell message-cell--user"><section class="message-user" itemscope itemtype="https://schema.org/Person"><div class="message-avatar">
<div class="message-avatar-wrapper">
<a href="/members/${lfId(p.who)}.${100 + i}/" class="avatar avatar--m avatar--default" data-user-id="${100 + i}">
<span class="avatar-u${100 + i}-m">${p.who[0]}</span></a>
</div></div><div class="message-userDetails"><h4 class="message-name"><a href="/members/${lfId(p.who)}/" class="username" itemprop="name">${p.who}</a></h4>
<h5 class="userTitle message-userTitle" itemprop="jobTitle">${p.rank}</h5></div><div class="message-userExtras">
<dl class="pairs pairs--justified"><dt>${lfExtras[0]}</dt><dd>${p.joined}</dd></dl><dl class="pairs pairs--justified"><dt>${lfExtras[1]}</dt>
<dd>${p.msgs}</dd></dl>
</div><span class="message-userArrow"></span></section></div>
<div class="message-cell message-cell--main"><div class="message-main js-quickEditTarget"><header class="message-attribution message-attribution--split">
<ul class="message-attribution-main listInline"><li class="u-concealed"><a href="/threads/tenant-heat-pump.55102/post-${88120 + i}" rel="nofollow">
<time class="u-dt" datetime="2025-10-01T09:1${i}:00+0100">${p.when}</time></a></li></ul>
<ul class="message-attribution-opposite message-attribution-opposite--list"><li><a href="#" class="message-attribution-gadget">${lfActions[2]}</a></li>
<li><a href="/threads/tenant-heat-pump.55102/post-${88120 + i}" rel="nofollow">${p.n}</a></li></ul></header>
<div class="message-content js-messageContent"><div class="message-userContent lbContainer js-lbContainer"><article class="message-body js-selectToQuote">
<div class="bbWrapper">${
  p.quote === undefined
    ? ''
    : `<blockquote data-attributes="member: 101" data-quote="Roger Pell" class="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote js-expandWatch">
<div class="bbCodeBlock-title"><a href="#" class="bbCodeBlock-sourceJump">Roger Pell said:</a></div><div class="bbCodeBlock-content">
<div class="bbCodeBlock-expandContent js-expandContent">${p.quote}</div><div class="bbCodeBlock-expandLink js-expandLink">
<a role="button" tabindex="0">Click to expand...</a></div>
</div></blockquote>`
}${p.text.join('<br>\n<br>\n')}</div><div class="js-selectToQuoteEnd">&nbsp;</div></article></div>
${p.edit === undefined ? '' : `<div class="message-lastEdit">${p.edit}</div>`}</div>
<footer class="message-footer"><div class="message-actionBar actionBar"><div class="actionBar-set actionBar-set--external">
<a href="#" class="actionBar-action actionBar-action--reaction" data-xf-click="reaction"><span class="reaction-text"><bdi>Like</bdi></span></a>
<a href="#" class="actionBar-action actionBar-action--reply" data-xf-click="quote">${lfActions[1]}</a></div>
<div class="actionBar-set actionBar-set--internal"><a href="#" class="actionBar-action actionBar-action--report">${lfActions[0]}</a></div></div>
<div class="js-historyTarget message-historyTarget toggleTarget" data-href="trigger-href"></div></footer></div></div></div></article>`;
const lfHtml = `<!DOCTYPE html>
<html id="XF" lang="en-GB" dir="LTR" data-xf="2.3" data-app="public" data-template="thread_view" data-container-key="node-42" data-content-key="thread-55102"
data-logged-in="false" data-cookie-prefix="xf_" class="has-no-js template-thread_view"><head><meta charset="utf-8"><title>${lfTitle} | Landlordly Forum</title>
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover"><meta property="og:site_name" content="Landlordly Forum">
<meta property="og:type" content="website"><meta property="og:title" content="${lfTitle}">
<link rel="canonical" href="https://forum.landlordly.example/threads/tenant-heat-pump.55102/">
<link rel="stylesheet" href="/css.php?css=public%3Anormalize.css%2Cpublic%3Acore.less%2Cpublic%3Aapp.less&amp;s=5&amp;l=1&amp;d=1759221040">
<script src="/js/xf/preamble.min.js?_v=8a1c3f2e"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting",
"@id":"https://forum.landlordly.example/threads/tenant-heat-pump.55102/",
"headline":"${lfTitle}","datePublished":"2025-09-30T20:41:11+00:00","author":{"@type":"Person","name":"GreyStoneLets"},
"interactionStatistic":{"@type":"InteractionCounter","interactionType":"https://schema.org/CommentAction","userInteractionCount":5}}</script></head>
<body data-template="thread_view"><div class="p-pageWrapper" id="top">
<header class="p-header" id="header"><div class="p-header-inner"><div class="p-header-content"><div class="p-header-logo p-header-logo--image">
<a href="/"><img src="/styles/landlordly/logo.png" alt="Landlordly Forum" width="200" height="36"></a></div></div></div></header>
<div class="p-navSticky p-navSticky--primary" data-xf-init="sticky-header"><nav class="p-nav"><div class="p-nav-inner"><div class="p-nav-scroller hScroller">
<ul class="p-nav-list js-offCanvasNavSource">${links(lfNav.slice(0, 4), 'p-navEl')}</ul></div>
<div class="p-nav-opposite"><div class="p-navgroup p-account p-navgroup--guest">${links(lfNav.slice(4, 6), 'p-navgroup-link')}</div>
<div class="p-navgroup p-discovery"><a href="/search/" class="p-navgroup-link p-navgroup-link--iconic p-navgroup-link--search" aria-label="Search">
<span class="p-navgroup-linkText">${lfNav[6]}</span></a></div></div></div></nav></div>
<div class="p-body"><div class="p-body-inner"><div class="p-breadcrumbs-wrap"><ul class="p-breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList">
${links(lfCrumbs, 'p-breadcrumbs-item')}</ul></div>
<div class="p-body-header"><div class="p-title"><h1 class="p-title-value">${lfTitle}</h1></div><div class="p-description">
<ul class="listInline listInline--bullet">
<li><span class="u-srOnly">${lfStarter[0]}</span><a href="/members/greystonelets.100/" class="username u-concealed">${lfStarter[1]}</a></li>
<li><span class="u-srOnly">${lfStarter[2]}</span><a href="/threads/tenant-heat-pump.55102/" class="u-concealed"><time class="u-dt">${lfStarter[3]}</time></a>
</li>
</ul></div></div>
<div class="p-body-main"><div class="p-body-content"><div class="p-body-pageContent"><div class="block block--messages" data-xf-init="" data-type="post">
<div class="block-outer"><div class="block-outer-opposite"><a href="#" class="button--link button">${lfPager[0]}</a></div></div>
<div class="block-container lbContainer"><div class="block-body js-replyNewMessageContainer">
${lfPosts.map(lfPost).join('\n')}</div></div>
<div class="block-outer block-outer--after"><div class="reactionsBar is-active"><a class="reactionsBar-link" href="#">${lfPager[1]}</a></div>
<div class="block-outer-opposite"><div class="blockMessage blockMessage--alt blockMessage--small">${lfLogin}</div></div></div></div>
<div class="block block--similar"><div class="block-container"><h3 class="block-header">${lfSimilar[0]}</h3><div class="block-body">
<ul class="structItemContainer">
${lfSimilar
  .slice(1)
  .map(
    (t, i) => `<li class="structItem structItem--thread"><div class="structItem-title"><a href="/threads/${i}/">${t}</a></div>
<dl class="pairs"><dt>${lfSimilarMeta[0]}</dt><dd>${12 + i}</dd></dl><dl class="pairs"><dt>${lfSimilarMeta[1]}</dt><dd>${900 + i}</dd></dl></li>`,
  )
  .join('\n')}</ul></div></div></div>
<div class="blockMessage blockMessage--none"><div class="shareButtons"><span class="shareButtons-label">${lfShare[0]}</span>${lfShare
  .slice(1)
  .map((t) => `<a class="shareButtons-button" href="#"><span>${t}</span></a>`)
  .join('')}</div></div>
</div></div></div></div></div>
<footer class="p-footer" id="footer"><div class="p-footer-inner"><div class="p-footer-row"><div class="p-footer-row-opposite"><ul class="p-footer-linkList">
${links(lfFoot)}</ul></div></div><div class="p-footer-copyright">${lfCopy}</div></div></footer></div>
<ul class="notices notices--bottom_fixer js-notices" data-xf-init="notices" data-type="bottom_fixer">
<li class="notice js-notice notice--primary notice--cookie">
<div class="notice-content"><div class="u-alignCenter">${lfCookie[0]}</div><div class="u-inputSpacer u-alignCenter">
<a href="/account/dismiss-notice" class="button button--notice"><span class="button-text">${lfCookie[1]}</span></a>
<a href="/help/cookies" class="button--link button"><span class="button-text">${lfCookie[2]}</span></a></div></div></li></ul>
<script src="/js/xf/core-compiled.js?_v=8a1c3f2e"></script><script>XF.ready(() => { XF.extendObject(true, XF.config, {"cookie":{"path":"/"}}); });</script>
</body></html>`;

const landlordThread: TestPage = {
  html: lfHtml,
  name: 'heldout209-xenforo-landlord-thread-forum',
  kind: 'forum',
  // thread convention: every post is body, names, post dates and the "Last edited" line bylines; the quote in post 3 and
  // its "said:" line are in neither list; user titles, "Joined" / "Messages" extras, post numbers, reactions, action
  // links, the login notice, similar threads, share bar, cookie notice and footer are furniture
  title: lfTitle,
  headings: [],
  body: lfPosts.flatMap((p) => texts(p.text)),
  bylines: ['GreyStoneLets', 'Roger Pell', 'mjwhitfield', 'Harriet_Lyle', 'Sep 30, 2025', 'Oct 1, 2025', 'Oct 6, 2025', 'Last edited: Oct 1, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...lfNav, 'Landlord Matters', 'Repairs, Maintenance & Energy', 'Thread starter', 'Start date', ...lfPager, 'Active Member', 'Well-Known Member',
    'Member', 'Joined', 'Messages', 'Mar 14, 2019', 'Jan 3, 2016', '3,871', ...lfActions, 'Like', 'Click to expand...', lfLogin, ...lfSimilar,
    ...lfSimilarMeta, ...lfShare, 'Contact us', 'Terms and rules', 'Privacy policy', 'Help', 'RSS', lfCopy, ...lfCookie,
  ],
};

export const HELDOUT209_E: readonly TestPage[] = [landlordThread, inspectorBlog];
