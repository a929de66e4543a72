import { texts, type TestPage } from './page-kit.js';

/**
 * Second held-out batch (forums and a tech-news page with a video player), written before the
 * rules were generalised (sprint 8): a Discourse-like topic, a vBulletin-like thread with user
 * cards and signatures, and a tech-news article with CSS-module class names and a video player.
 */
const topic = [
  [
    'I am setting up a small home server to run a few containers and I keep running out of ' +
      'disk space. Docker seems to keep every old image around even after I update.',
    'Is there a safe way to clean this up automatically, without deleting images that running containers still need?',
  ],
  [
    'Docker never deletes an image that a container, running or stopped, still uses. So a prune is safe for running services.',
    'Running docker image prune with the all flag removes every image no container uses. Put it in a weekly cron job and the disk stays tidy.',
  ],
  ['One caveat: if you also prune stopped containers, anything you stopped on purpose and meant to start again will be gone, along with its writable layer.'],
];
const post = (
  user: string,
  date: string,
  paras: readonly string[],
  likes: string,
) => `<article class="boxed onscreen-post" data-post-id="${user.length}" id="post_${user.length}" aria-label="post by @${user}">
<div class="row"><div class="topic-avatar"><div class="post-avatar"><a class="trigger-user-card main-avatar" data-user-card="${user}"><img\
 alt="" width="45" height="45" src="/user_avatar/${user}.png" class="avatar"></a></div></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card"><span\
 class="first username"><a data-user-card="${user}">${user}</a></span></div>
<div class="post-infos"><div class="post-info post-date"><a class="post-date" data-share-url="/t/12/1"><span title="${date}"\
 class="relative-date">${date}</span></a></div></div></div>
<div class="regular contents"><div class="cooked">${paras.map((p) => `<p>${p}</p>`).join('')}</div>
<section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions"><div class="double-button"><button\
 class="button-count like-count">${likes}</button><button class="toggle-like" title="like this post"></button></div>
<button class="post-action-menu__copy-link" title="copy a link to this post to clipboard"></button><button class="reply" title="begin\
 composing a reply to this post"><span class="d-button-label">Reply</span></button></div></nav></section></div></div></div></article>`;
const discourse: TestPage = {
  name: 'heldout2-forum-discourse',
  kind: 'forum',
  title: 'Automatically removing old Docker images',
  headings: [],
  body: texts(topic.flat()),
  bylines: ['homelab_ben', 'Jan 14', 'k_watanabe', 'Jan 15'],
  furniture: [
    'Reply',
    '7',
    'created',
    'last reply',
    '2 replies',
    '1.4k views',
    '3 users',
    'Suggested Topics',
    'Want to read more? Browse other topics in Self-hosting or view latest topics.',
    'Self-hosting',
    'Log In',
  ],
  html: `<!DOCTYPE html><html lang="en" class="desktop-view not-mobile-device"><head><title>Automatically removing old Docker images - Self-hosting -\
 Homelab Forum</title></head><body class="crawler">
<header class="d-header"><div class="wrap"><div class="contents"><div class="title"><a>Homelab Forum</a></div><div class="panel"><button\
 class="login-button">Log In</button></div></div></div></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><div class="title-wrapper"><h1 data-topic-id="12"><a\
 class="fancy-title">Automatically removing old Docker images</a></h1>
<div class="topic-category"><span class="badge-wrapper bullet"><span class="badge-category-bg"></span><span\
 class="badge-category__name">Self-hosting</span></span></div></div></div>
<div class="topic-post-list">${post('homelab_ben', 'Jan 14', topic[0] ?? [], '7')}
<div class="topic-map"><section class="map"><ul><li><h4>created</h4><span>Jan 14</span></li><li><h4>last reply</h4><span>Jan 15</span></li>\
<li><span class="number">2</span> replies</li><li>1.4k views</li><li>3 users</li></ul></section></div>
${post('k_watanabe', 'Jan 15', topic[1] ?? [], '12')}${post('ferris', 'Jan 15', topic[2] ?? [], '3')}</div>
<div class="more-topics__container"><h3 class="suggested-topics-title">Suggested Topics</h3><table class="topic-list"><tbody><tr><td><a\
 class="title">Which UPS for a small NAS?</a></td><td>4</td><td>Dec 23</td></tr></tbody></table>
<h3 class="more-topics__browse-more">Want to read more? Browse other topics in <a>Self-hosting</a> or <a>view latest topics</a>.</h3></div>\
</div></body></html>`,
};

const thread = [
  [
    'My 2009 estate has started making a knocking noise from the front left wheel, but only over speed bumps and only when the car is cold.',
    'The garage checked the shock absorbers and the ball joints and says both are fine. Any ideas before I start replacing parts at random?',
  ],
  [
    'That sounds very much like a drop link. They are cheap, they wear out on this model at ' +
      'about ninety thousand miles, and they knock over bumps rather than on smooth roads.',
    'Grab the bar and shake it with the wheel on the ground. If it clunks, you have found it.',
  ],
  ['Could also be the top mount bearing. Mine made exactly that noise, louder in the cold, and it turned out the rubber had split.'],
];
const vbPost = (
  n: number,
  user: string,
  title: string,
  joined: string,
  posts: string,
  date: string,
  paras: readonly string[],
  sig: string,
) => `<li class="postbitlegacy postbitim postcontainer" id="post_${n}">
<div class="posthead"><span class="postdate old"><span class="date">${date}</span></span><span class="nodecontrols"><a\
 class="postcounter">#${n}</a></span></div>
<div class="postdetails"><div class="userinfo"><div class="username_container"><a class="username offline popupctrl">\
<strong>${user}</strong></a><span class="usertitle">${title}</span></div>
<dl class="userinfo_extra"><dt>Join Date</dt><dd>${joined}</dd><dt>Posts</dt><dd>${posts}</dd></dl></div>
<div class="postbody"><div class="postrow"><div class="content"><div id="post_message_${n}"><blockquote class="postcontent\
 restore">${paras.join('<br><br>')}</blockquote></div></div>
<blockquote class="signature restore"><div class="signaturecontainer">${sig}</div></blockquote></div></div></div>
<div class="postfoot"><div class="textcontrols"><a class="quote">Reply With Quote</a></div></div></li>`;
const vbulletin: TestPage = {
  name: 'heldout2-forum-vbulletin-signatures',
  kind: 'forum',
  title: 'Knocking from front left wheel over bumps, only when cold',
  headings: [],
  body: texts(thread.flat()),
  bylines: ['11-03-2023, 07:52 AM', '11-03-2023, 09:15 AM', 'estate_dave', 'wrenchmonkey'],
  furniture: [
    'Junior Member',
    'Join Date',
    'Mar 2021',
    'Posts',
    '2,417',
    '2009 estate 2.0 diesel, 143k and counting',
    'If it is not broken, I have not looked at it yet.',
    'Reply With Quote',
    '#1',
    'Thread Tools',
    'Show Printable Version',
    'Similar Threads',
    'All times are GMT. The time now is 10:31 PM.',
    'Powered by vBulletin® Version 4.2.5',
  ],
  html: `<!DOCTYPE html><html dir="ltr" lang="en"><head><title>Knocking from front left wheel over bumps, only when cold - Estate Owners Club</title>
<script type="text/javascript">var SESSIONURL = ""; var SECURITYTOKEN = "guest"; vBulletin_init();</script></head><body>
<div class="above_body"><div id="header" class="floatcontainer doc_header"><a>Estate Owners Club</a></div><div id="navbar" class="navbar">\
<ul id="navtabs" class="navtabs floatcontainer"><li><a>Forum</a></li><li><a>What's New?</a></li></ul></div></div>
<div class="body_wrapper"><div id="breadcrumb" class="breadcrumb"><ul class="floatcontainer"><li class="navbithome"><a>Home</a></li><li\
 class="navbit"><a>Suspension &amp; Steering</a></li></ul></div>
<div id="pagetitle"><h1>Thread: <span class="threadtitle"><a>Knocking from front left wheel over bumps, only when cold</a></span></h1></div>
<div id="thread_controls" class="thread_controls toolsmenu"><ul class="popupgroup"><li class="popupmenu"><h6><a class="popupctrl">Thread\
 Tools</a></h6><ul class="popupbody"><li><a>Show Printable Version</a></li></ul></li></ul></div>
<div id="postlist" class="postlist restrain"><ol id="posts" class="posts">
${vbPost(1, 'estate_dave', 'Junior Member', 'Mar 2021', '38', '11-03-2023, 07:52 AM', thread[0] ?? [], '2009 estate 2.0 diesel, 143k and counting')}
${vbPost(2, 'wrenchmonkey', 'Senior Member', 'Jun 2012', '2,417', '11-03-2023, 09:15 AM', thread[1] ?? [], 'If it is not broken, I have not looked at it yet.')}
${vbPost(3, 'coldstart', 'Member', 'Jan 2019', '204', '11-03-2023, 11:40 AM', thread[2] ?? [], '')}</ol></div>
<div id="similar_threads"><h4 class="threadinfohead blockhead">Similar Threads</h4><ol class="similar_threads"><li><h6><a>Clunk from rear\
 over bumps</a></h6></li></ol></div>
<div id="footer_time" class="shade footer_time">All times are GMT. The time now is <span class="time">10:31 PM</span>.</div>
<div id="footer_copyright" class="shade footer_copyright">Powered by vBulletin® Version 4.2.5</div></div></body></html>`,
};

const tech = [
  'A start-up in Oslo says it has built a battery for home solar systems that uses salt ' +
    'water instead of lithium, and that it will cost about a third less per kilowatt-hour of ' +
    'storage.',
  'The cells are heavier and bulkier than lithium ones, which rules them out for cars and phones, but weight matters little for a box that sits in a garage.',
  'The company says its cells lost less than five per cent of their capacity after 3,000 ' +
    'full charge cycles in its own tests. Those results have not yet been checked ' +
    'independently.',
  'The first systems are due to ship to customers in Norway and Denmark next spring, with a price of about 4,000 euros for ten kilowatt-hours.',
];
const techNews: TestPage = {
  name: 'heldout2-tech-news-video',
  kind: 'news',
  title: 'This home battery runs on salt water instead of lithium',
  headings: ['Heavy, but cheap'],
  body: ['The cells are bulky, but they are cheap and they do not catch fire', ...texts(tech)],
  bylines: ['Jonas Berg', 'Oct 17, 2023, 8:00 AM PDT', 'Senior energy reporter'],
  furniture: [
    'Watch: how a salt-water battery works',
    'Play',
    'Mute',
    '0:00 / 2:31',
    'Fullscreen',
    'Up next',
    'Comments',
    '142',
    'Advertisement',
    'Most Popular',
    'Apple announces new iPad mini with faster chip',
    'Sign up for the newsletter',
    'Our weekly look at the technology powering the energy transition.',
    'Email (required)',
    'By submitting your email, you agree to our Terms and Privacy Notice.',
  ],
  html: `<!DOCTYPE html><html lang="en-US"><head><title>This home battery runs on salt water instead of lithium - The Circuit</title></head><body>
<div id="__next"><div class="duet--layout--page-header _1ymtmqp0"><a class="_1ymtmqp1">The Circuit</a><div class="_1ymtmqp2"><a>Tech</a>\
<a>Reviews</a><a>Science</a><a>Energy</a></div></div>
<main id="content" class="duet--layout--entry-body-container"><div class="duet--article--lede _1xwtict0"><h1 class="inline font-polysans\
 text-22 leading-110">This home battery runs on salt water instead of lithium</h1>
<div class="duet--article--dangerously-set-cms-markup _1xwtict9"><p>The cells are bulky, but they are cheap and they do not catch fire</p></div>
<div class="duet--article--article-byline _1xwtictb"><span class="font-polysans"><a href="/authors/jonas-berg">Jonas Berg</a></span><span\
 class="text-gray-63">Senior energy reporter</span><time datetime="2023-10-17T15:00:00.000Z">Oct 17, 2023, 8:00 AM PDT</time>
<a class="duet--article--comments-link" href="#comments"><span>Comments</span><span class="_1xwtictc">142</span></a></div></div>
<div class="duet--media--video-player jwplayer jw-state-idle" data-player-id="x91"><div class="jw-title"><div\
 class="jw-title-primary">Watch: how a salt-water battery works</div></div>
<div class="jw-controlbar" role="group"><div class="jw-icon jw-icon-playback" role="button" aria-label="Play">Play</div><div class="jw-icon\
 jw-icon-volume" role="button" aria-label="Mute">Mute</div>
<div class="jw-text jw-reset jw-text-elapsed">0:00 / 2:31</div><div class="jw-icon jw-icon-fullscreen" role="button">Fullscreen</div></div>\
<div class="jw-nextup-container"><div class="jw-nextup-header">Up next</div></div></div>
<div class="duet--article--article-body-component-container _1ymtmqp5"><div class="duet--article--article-body-component"><p\
 class="duet--article--dangerously-set-cms-markup">${tech[0]}</p></div>
<div class="duet--article--article-body-component"><p class="duet--article--dangerously-set-cms-markup">${tech[1]}</p></div>
<div class="duet--ad--native-ad-slot" data-ad-slot="mid1"><span class="duet--ad--label">Advertisement</span></div>
<div class="duet--article--article-body-component"><h2 class="duet--article--dangerously-set-cms-markup">Heavy, but cheap</h2></div>
<div class="duet--article--article-body-component"><p class="duet--article--dangerously-set-cms-markup">${tech[2]}</p></div>
<div class="duet--article--article-body-component"><p class="duet--article--dangerously-set-cms-markup">${tech[3]}</p></div></div>
<div class="duet--cta--newsletter _1wr3f1p0"><h3>Sign up for the newsletter</h3><p>Our weekly look at the technology powering the energy\
 transition.</p><label>Email (required)</label><input type="email">
<p class="_1wr3f1p3">By submitting your email, you agree to our <a>Terms</a> and <a>Privacy Notice</a>.</p></div>
<div class="duet--recirculation--most-popular"><h2>Most Popular</h2><ol><li><a><h3>Apple announces new iPad mini with faster chip</h3></a>\
</li><li><a><h3>The best e-readers to buy right now</h3></a></li></ol></div></main></div></body></html>`,
};

export const HELDOUT2_FORUM: readonly TestPage[] = [discourse, vbulletin, techNews];
