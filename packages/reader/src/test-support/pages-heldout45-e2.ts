import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 45, file e2: a Pixelfed post page on a small instance as a logged-out visitor saves it after the Vue app has
 * rendered (Bootstrap classes, window.App config, the ActivityPub alternate link, the navbar with the instance name, "Login"
 * and "Sign up", the post header with display name, age, visibility icon and place, the carousel with "ALT" buttons, the
 * caption with the username and hashtag links, the like and share counts, the comment feed with fediverse handles, "Like",
 * "Reply" and ages, the "Log in to like, comment or share" prompt, the noscript notice and the footer with "Powered by
 * Pixelfed").
 */
const pxName = 'Fenn Calder';
const pxUser = 'fenn';
const pxTitle = 'Low tide at Seahouses this morning, and for an hour the whole harbour floor was ours.';
const pxCaption = [
  'Went down at half six with a flask and two rolls of film. By the time the first boats came back in, the light had gone flat ' +
    'and grey, so everything here is from the first forty minutes.',
  'Shot on a Pentax MX with Portra 400, pushed one stop because the fog never really lifted. The third frame is the old lifeboat ' +
    'slipway, which they are about to rebuild, so I wanted it on film before it goes.',
  'The fourth one is a mistake: I forgot to wind on and got a double exposure of the lobster pots and Mairi’s dog. I think it is ' +
    'my favourite of the roll.',
  'Developed at home in a C-41 kit, scanned with a Plustek. Alt text on every image, as always.',
];
const pxTags = ['#filmphotography', '#believeinfilm', '#northumberland', '#coast', '#portra400'];
type PxComment = { who: string; when: string; text: string; replies?: PxComment[] };
const pxComments: PxComment[] = [
  {
    who: '@tamsin@photog.social',
    when: '2d',
    text: 'That double exposure is wonderful, it looks like the dog is standing on the water. Keep the mistakes coming.',
  },
  {
    who: '@jkowal@mastodon.example',
    when: '2d',
    text: 'Pushing Portra in fog is brave. The grain on the slipway shot suits it though. What did you meter for?',
    replies: [
      {
        who: `@${pxUser}`,
        when: '1d',
        text: '@jkowal metered for the shadows under the slipway and let the sky blow out. Portra forgives a lot more than I deserve.',
      },
    ],
  },
  {
    who: '@ollie.dunn@mastodon.example',
    when: '1d',
    text:
      'Seahouses in the fog is my favourite place on earth. I used to help my uncle land crabs off that slipway in the eighties, ' +
      'and it looked exactly like your third frame even then.',
  },
  { who: '@mairi_w', when: '1d', text: 'Biscuit is delighted to be famous. She would like to be credited in the alt text next time.' },
  {
    who: '@coastwatch@pixelfed.example',
    when: '18h',
    text: 'So glad someone recorded the slipway before the works start. Would you mind if we shared frame three on our page, with credit?',
    replies: [
      {
        who: `@${pxUser}`,
        when: '16h',
        text: '@coastwatch of course, go ahead. Happy to send you a higher resolution scan if that helps with the page.',
      },
    ],
  },
];
const pxAll = pxComments.flatMap((c) => [c, ...(c.replies ?? [])]);
const pxFoot = ['About', 'Help', 'Terms', 'Privacy', 'Language'];
const pxAlts = [
  'A wide, foggy harbour at low tide with boats resting on the mud',
  'Coiled ropes and a rusted winch on the harbour wall',
  'The old lifeboat slipway, its timbers green with weed',
  'A double exposure of stacked lobster pots and a small terrier',
];
const pxComment = (c: PxComment, child = false): string => `<div class="media media-status align-items-top mb-3${child ? ' ml-5' : ''}">
<img class="shadow-sm media-avatar border" src="https://pixel.northshore.example/storage/avatars/default.jpg" width="40" height="40" alt="">
<div class="media-body"><div class="media-body-wrapper"><div class="media-body-comment"><p class="media-body-comment-username">
<a href="/i/web/profile/${c.who.length}0917" class="text-dark">${c.who}</a></p><span class="comment-text"><p>${c.text}</p></span></div>
<div class="media-body-reactions"><button class="btn btn-link btn-sm text-lighter p-0">Like</button><span class="mx-1 text-lighter">·</span>
<a href="/p/${pxUser}/70117${c.when.length}" class="text-lighter">${c.when}</a><span class="mx-1 text-lighter">·</span>
<button class="btn btn-link btn-sm font-weight-bold text-muted p-0">Reply</button></div></div>
${(c.replies ?? []).map((r) => pxComment(r, true)).join('\n')}</div></div>`;
const pxHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="mobile-web-app-capable" content="yes"><title>${pxName} (@${pxUser}) posted a photo · pixel.northshore</title>
<meta property="og:site_name" content="pixel.northshore"><meta property="og:title" content="${pxName} (@${pxUser}) posted a photo">
<meta property="og:type" content="article"><meta property="og:description" content="${pxTitle}">
<link rel="alternate" type="application/activity+json" href="https://pixel.northshore.example/p/${pxUser}/701176044512">
<link href="/css/app.css?id=3f9c4e5d0b" rel="stylesheet" data-stylesheet="light"><link href="/css/spa.css?id=8a1b2d" rel="stylesheet">
<script type="text/javascript">window.App = {"config":{"version":"0.12.5","open_registration":true,"uploader":{"max_photo_size":15000,
"max_caption_length":2000,"album_limit":4},"features":{"label":{"covid":{"enabled":false}},"hls":{"enabled":false}}}};
window._sharedData = { curUser: {}, version: 0 };</script></head>
<body class=""><main id="content"><nav class="navbar navbar-expand navbar-light navbar-laravel shadow-none border-bottom sticky-top py-1">
<div class="container"><a class="navbar-brand d-flex align-items-center" href="/" title="Logo"><img src="/img/pixelfed-icon-color.svg" height="30px"
class="px-2" loading="eager" alt="Pixelfed logo"><span class="font-weight-bold mb-0 d-none d-sm-block" style="font-size:20px;">pixel.northshore</span></a>
<div class="collapse navbar-collapse"><ul class="navbar-nav ml-auto"><li><a class="nav-link font-weight-bold text-dark" href="/login"
title="Login">Login</a></li>
<li><a class="ml-3 nav-link font-weight-bold text-dark" href="/register" title="Sign up">Sign up</a></li></ul></div></div></nav>
<div class="post-timeline-component web-wrapper"><div class="container-fluid mt-3"><div class="row justify-content-center"><div class="col-md-8 col-lg-6">
<div class="timeline-status-component"><div class="card shadow-sm" style="border-radius:15px;"><div class="card-body pb-0"><div class="status-header">
<div class="media align-items-center"><img class="shadow-sm media-avatar border" src="https://pixel.northshore.example/storage/avatars/fenn_avatar.jpg"
width="40" height="40" alt="${pxName}'s avatar"><div class="media-body"><p class="font-weight-bold username"><a href="/${pxUser}"
class="text-dark">${pxName}</a></p>
<p class="text-lighter mb-0" style="font-size:13px;"><a class="timestamp text-lighter" href="/p/${pxUser}/701176044512" title="Nov 12, 2025, 8:14:02 AM">2d</a>
<span class="visibility text-lighter" title="Public"><span class="far fa-globe"></span></span><span class="location text-lighter">
<i class="far fa-map-marker-alt ml-1"></i><a href="/discover/places/2638226/seahouses">Seahouses, United Kingdom</a></span></p></div>
<button class="btn btn-link text-lighter" aria-label="Post options"><i class="far fa-ellipsis-v fa-lg"></i></button></div></div></div>
<div class="postPresenterContainer"><div class="album-wrapper"><div class="carousel slide" data-ride="carousel"><div class="carousel-inner">
${pxAlts
  .map(
    (
      a,
      i,
    ) => `<div class="carousel-item${i === 0 ? ' active' : ''}"><img src="https://pixel.northshore.example/storage/m/_v2/70117/${i}.jpg" class="d-block w-100"
alt="${a}" title="${a}" loading="lazy"><button class="btn btn-dark btn-sm alt-btn" type="button">ALT</button></div>`,
  )
  .join('\n')}</div>
<ol class="carousel-indicators">${pxAlts.map((_, i) => `<li data-slide-to="${i}"${i === 0 ? ' class="active"' : ''}></li>`).join('')}</ol></div></div></div>
<div class="card-body"><div class="reactions d-flex align-items-center"><button class="btn btn-link text-dark p-0 mr-3" title="Like"><i
class="far fa-heart fa-lg"></i></button>
<button class="btn btn-link text-dark p-0 mr-3" title="Comment"><i class="far fa-comment fa-lg"></i></button><button class="btn btn-link text-dark p-0 mr-3"
title="Share">
<i class="far fa-retweet fa-lg"></i></button><button class="btn btn-link text-dark p-0 ml-auto" title="Bookmark"><i
class="far fa-bookmark fa-lg"></i></button></div>
<div class="likes font-weight-bold mt-2"><a href="/p/${pxUser}/701176044512/likes" class="text-dark"><span class="like-count">214</span> likes</a> ·
<span class="share-count">31</span> shares</div><div class="caption"><p class="mb-2 read-more" style="overflow:hidden"><span class="username font-weight-bold">
<bdi><a class="text-dark" href="/${pxUser}">${pxUser}</a></bdi></span> <span class="status-content">${pxTitle}<br /><br />
${pxCaption.join('<br /><br />\n')}<br /><br />
${pxTags
  .map(
    (t) => `<a href="https://pixel.northshore.example/discover/tags/${t.slice(1)}?src=hash" title="${t}" class="u-url hashtag"
rel="external nofollow noopener">${t}</a>`,
  )
  .join(' ')}
</span></p></div><div class="timestamp mt-1"><p class="small text-uppercase mb-0"><a href="/p/${pxUser}/701176044512"
class="text-muted">November 12, 2025</a></p></div>
</div><div class="card-body border-top"><div class="feed-comments">${pxComments.map((c) => pxComment(c)).join('\n')}
<button class="btn btn-link btn-sm text-muted font-weight-bold px-0">Load more comments</button></div>
<div class="border-top pt-3 text-center"><p class="mb-0 small">Log in to like, comment or share. <a href="/login" class="font-weight-bold">Login</a> ·
<a href="/register" class="font-weight-bold">Sign up</a></p></div></div></div></div></div></div></div></div>
<noscript><div class="container"><p class="pt-5 text-center lead">Please enable javascript to view this content.</p></div></noscript></main>
<footer><div class="container pb-5"><p class="mb-0 text-uppercase font-weight-bold small text-justify">${pxFoot
  .map((t) => `<a href="/site/${t.toLowerCase()}" class="text-dark pr-2">${t}</a>`)
  .join('\n')}<a href="/discover/places" class="text-dark pr-2">Places</a></p><p class="text-center text-muted small mb-0">
<span class="text-muted">© 2025 pixel.northshore</span><span class="mx-1">·</span><a href="https://pixelfed.org"
class="text-muted font-weight-bold">Powered by Pixelfed</a></p>
</div></footer><script type="text/javascript" src="/js/manifest.js?id=a7c1"></script><script type="text/javascript" src="/js/vendor.js?id=d8e2"></script>
<script type="text/javascript" src="/js/spa.js?id=41f0"></script></body></html>`;
export const pixelfedPost: TestPage = {
  html: pxHtml,
  name: 'heldout45-pixelfed-post',
  kind: 'forum',
  // a social post without a title of its own: the caption's first line is the title, the rest of it (the hashtag line too) is
  // body, and every comment and reply is body (the "@jkowal" and "@coastwatch" that open the replies are words of them); the
  // display name, the username before the caption, the post's age and date, every commenter's handle and every comment age
  // are bylines; the place tag, like and share counts, "Reply", "Load more comments", the log-in prompt, navbar, noscript
  // notice and footer are furniture; the footer's "About" and "Help", the "ALT" buttons and the comments' "Like" are words of
  // the body ("about to rebuild", "help my uncle", "Alt text", "looks like"): left out; the icon buttons have titles only
  title: pxTitle,
  headings: [],
  body: [...texts(pxCaption), pxTags.join(' '), ...pxAll.map((c) => c.text)],
  bylines: [pxName, pxUser, '2d', 'November 12, 2025', ...pxComments.map((c) => c.who), `@${pxUser}`, '1d', '18h', '16h'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'pixel.northshore', 'Login', 'Sign up', 'Seahouses, United Kingdom', '214 likes', '31 shares', 'Reply', 'Load more comments',
    'Log in to like, comment or share.', 'Please enable javascript to view this content.', ...pxFoot.filter((t) => t !== 'About' && t !== 'Help'), 'Places',
    '© 2025 pixel.northshore', 'Powered by Pixelfed',
  ],
};
