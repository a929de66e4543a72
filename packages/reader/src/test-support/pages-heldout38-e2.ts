import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 38, file e2: a PieFed post page (a text post in a local community, with comments from federated
 * instances), seen logged out: skip links, the Bootstrap navbar with its dropdowns, breadcrumbs, the post's voting
 * buttons, title, author line with the community and age, a flair, the post body, the utilities bar (comment count,
 * cross-post, share, options), the sort links, the nested comment tree (author links with instance titles, ages,
 * "edited", votes, reply links, collapse buttons, a moderator's removed comment), the side pane (about community,
 * moderators, stats, related communities) and the footer.
 */
const pfTitle = 'First year growing potatoes in grow bags: results, numbers and mistakes';
const pfPost = [
  'I grew potatoes for the first time this year, all in 40 litre fabric grow bags on a paved back yard, and weighed ' +
    'everything at harvest. Posting the numbers in case they help someone planning for next spring.',
  'Twelve bags in total: four of an early variety, eight of a maincrop. Each bag got three seed potatoes, a mix of ' +
    'two parts peat-free compost to one part garden soil, and a handful of chicken manure pellets.',
];
const pfList = [
  'Earlies: 2.1 kg per bag on average, harvested in the first week of July.',
  'Maincrop: 3.4 kg per bag on average, harvested at the end of September.',
  'Best single bag: 4.9 kg. Worst: 0.8 kg, from the bag that sat in the shade of the shed.',
];
const pfPost2 = [
  'The biggest mistake was watering. Fabric bags dry out fast, and during the June heat I was watering every evening ' +
    'and it still was not enough. Several maincrop tubers have hollow centres, which I have read is a sign of uneven watering.',
];
interface PfComment {
  id: number;
  name: string;
  inst: string;
  age: string;
  votes: number;
  paras: string[];
  edited?: string;
  removed?: boolean;
  kids?: PfComment[];
}
const pfComments: PfComment[] = [
  {
    id: 8812301,
    name: 'rootbound',
    inst: 'lemmy.world',
    age: '3 hours ago',
    votes: 31,
    paras: [
      'Great write-up, and those are good yields for bags. For the watering, try a drip line on a cheap timer. I went from ' +
        'watering by hand to two short cycles a day and the hollow heart problem disappeared.',
    ],
    kids: [
      {
        id: 8812544,
        name: 'allotment_anna',
        inst: 'piefed.social',
        age: '2 hours ago',
        votes: 12,
        paras: ['Two cycles a day, morning and evening? And roughly how many litres per bag, if you ever measured it?'],
        kids: [
          {
            id: 8812610,
            name: 'rootbound',
            inst: 'lemmy.world',
            age: '2 hours ago',
            votes: 9,
            paras: [
              'Morning and late afternoon, about 1.5 litres per bag each time in a heatwave, less otherwise. I check by ' +
                'pushing a finger into the compost; if it is dry at the second knuckle, the timer gets longer.',
            ],
          },
        ],
      },
    ],
  },
  {
    id: 8812377,
    name: 'Marguerite',
    inst: 'feddit.uk',
    age: '3 hours ago',
    votes: 18,
    edited: 'edited 2 hours ago',
    paras: [
      'The shaded bag result is a useful data point. People underestimate how much sun potatoes need. Mine get six hours ' +
        'at most and I have never had more than 2 kg from a bag.',
      'Edit: to be clear, that is with maincrop varieties.',
    ],
  },
  {
    id: 8812490,
    name: 'spudnik',
    inst: 'sh.itjust.works',
    age: '2 hours ago',
    votes: 0,
    removed: true,
    paras: ['Removed by mod'],
  },
  {
    id: 8812702,
    name: 'kale_yeah',
    inst: 'piefed.social',
    age: '1 hour ago',
    votes: 6,
    paras: ['Did you reuse the compost from the bags afterwards? I have been mixing mine into the raised beds, but I worry about blight carrying over.'],
  },
];
const pfVote = (n: number): string =>
  `<div class="voting_buttons_new" aria-live="assertive"><div class="upvote_button" role="button" aria-label="UpVote" tabindex="0"><span
class="fe fe-arrow-up"></span>` +
  `</div><span title="${n}, 0" aria-label="Score: ${n}.">${n}</span><div class="downvote_button" role="button" aria-label="DownVote" tabindex="0"><span ` +
  'class="fe fe-arrow-down"></span></div></div>';
const pfComment = (c: PfComment, level: number): string =>
  `<div class="container comment${c.removed ? ' deleted' : ''}" id="comment_${c.id}" role="treeitem" aria-level="${level}" aria-expanded="true" tabindex="0">
<div class="limit_height"><div class="comment_author"><a href="/u/${c.name}@${c.inst}" aria-label="Author: ${c.name}" class="author_link"
title="${c.name}@${c.inst}"><img
class="community_icon_small rounded-circle" src="/static/media/users/${c.id % 97}.webp" alt="" loading="lazy"> ${c.name}</a> <span class="text-muted small"
title="2025-11-04 16:02:11 UTC">${c.age}</span>${c.edited ? ` <span class="text-muted small" title="2025-11-04 17:10:43 UTC">${c.edited}</span>` : ''}</div>
<div class="comment_body hidable">${c.removed ? `<p class="text-muted"><em>${c.paras[0]}</em></p>` : c.paras.map((p) => `<p>${p}</p>`).join('\n')}</div></div>
<div class="comment_actions hidable">${pfVote(c.votes)}<a href="/post/4417223/reply/${c.id}" class="" rel="nofollow noindex">reply</a> <div class="dropdown"><a
class="dropdown-toggle" href="#" data-bs-toggle="dropdown" aria-label="Comment options"><span class="fe fe-options"></span></a></div> <a
href="javascript:void(0)"
class="hide_button" title="Hide" aria-label="Hide"><span class="fe fe-collapse"></span></a></div>${
    c.kids ? `<div class="replies hidable" role="group">${c.kids.map((k) => pfComment(k, level + 1)).join('\n')}</div>` : ''
  }</div>`;
const flat = (cs: PfComment[]): PfComment[] => cs.flatMap((c) => [c, ...flat(c.kids ?? [])]);
const pfAll = flat(pfComments);
const pfNav = ['Home', 'Popular', 'All posts', 'Communities', 'Feeds', 'Topics', 'Log in', 'Register', 'Donate'];
const pfRelated = ['Allotments', 'Seed Swap', 'Houseplants', 'Composting'];
const pfFoot = ['About', 'Keyboard shortcuts', 'Privacy policy', 'Terms of use', 'Donate', 'Powered by PieFed'];
const pfHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${pfTitle} - PieFed</title>
<link href="/static/bootstrap.css?v=7" rel="stylesheet"><link href="/static/styles.css?v=412" rel="stylesheet"><meta name="description"
content="${pfPost.join(' ').slice(0, 120)}">
<meta property="og:type" content="article"><meta property="og:title" content="${pfTitle}"><link rel="alternate" type="application/activity+json"
href="https://piefed.social/post/4417223"><script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting",
"headline":"${pfTitle}","author":{"@type":"Person","name":"allotment_anna"},"datePublished":"2025-11-04T14:20:05Z","commentCount":14}</script>
<script nonce="Hq72aLs">const getTheme = () => localStorage.getItem('theme') || 'auto';</script></head>
<body class="d-flex flex-column" style="padding-top: 78px;"><a href="#outer_container" class="skip-link" role="navigation" aria-label="Skip main navigation"
tabindex="">Skip to main content</a><a href="#side_pane" class="skip-link" role="navigation" aria-label="Go to side pane" tabindex="">Go to side pane</a>
<nav class="navbar navbar-expand-lg fixed-top" aria-label="Main navigation"><div class="container-lg"><a class="navbar-brand" href="/"><img
src="/static/images/piefed_logo_icon_t_75.png" alt="Logo" width="50" height="50">PieFed</a><div class="collapse navbar-collapse" id="navbarSupportedContent">
<ul class="nav navbar-nav ms-md-4">${links(pfNav, 'nav-item')}</ul></div><button class="btn btn-outline-secondary" id="light_mode" aria-label="Light mode"><span
class="fe fe-sun"></span></button></div></nav>
<div id="outer_container" class="container-lg flex-shrink-0"><div class="row"><main class="col-12 col-lg-8 position-relative main_pane">
<div class="row position-relative post_full"><div class="col post_col post_type_normal"><nav aria-label="breadcrumb" id="breadcrumb_nav" title="Navigation"><ol
class="breadcrumb"><li class="breadcrumb-item"><a href="/">Home</a></li><li class="breadcrumb-item"><a href="/communities">Communities</a></li><li
class="breadcrumb-item"><a href="/c/gardening">Gardening</a></li><li class="breadcrumb-item active">First year growing potatoes in grow bags:
resu...</li></ol></nav>
${pfVote(84)}<h1 class="mt-2 post_title">${pfTitle}</h1><span class="post_flair" style="color: #fff; background-color: #5a8f29">Harvest report</span>
<p class="small"><a href="/u/allotment_anna" aria-label="Author: allotment_anna" class="author_link" title="allotment_anna@piefed.social"><img
class="community_icon_small rounded-circle" src="/static/media/users/ak/aa.webp" alt="" loading="lazy"> allotment_anna</a> to <a
href="/c/gardening">Gardening</a> <span
title="2025-11-04 14:20:05 UTC">5 hours ago</span></p>
<div class="post_body">${pfPost.map((p) => `<p>${p}</p>`).join('\n')}
<ul>${pfList.map((l) => `<li>${l}</li>`).join('\n')}</ul>
${pfPost2.map((p) => `<p>${p}</p>`).join('\n')}</div>
<div class="post_utilities_bar"><a href="#post_replies" class="post_replies_link"><span class="fe fe-reply"></span> 14 comments</a> <a
href="/post/4417223/cross-post"
aria-label="Cross-post"><span class="fe fe-cross-post"></span> Cross-post</a> <a href="/post/4417223/share" aria-label="Share"><span
class="fe fe-share"></span> Share</a>
<div class="dropdown"><a href="#" aria-label="More options" data-bs-toggle="dropdown"><span class="fe fe-options"></span></a></div></div></div></div>
<div class="post_replies" id="post_replies"><h2 class="visually-hidden">Comments</h2><div class="btn-group mt-1 mb-2"><a href="?sort=hot#post_replies"
class="btn
btn-primary">Hot</a><a href="?sort=top#post_replies" class="btn btn-outline-secondary">Top</a><a href="?sort=new#post_replies"
class="btn btn-outline-secondary">New</a><a
href="?sort=old#post_replies" class="btn btn-outline-secondary">Old</a></div><p class="text-muted small"><a href="/auth/login">Log in</a> to comment.</p>
<div id="replies" class="comments" role="tree" aria-label="Comments" aria-expanded="true">
${pfComments.map((c) => pfComment(c, 1)).join('\n')}
</div><p class="small"><a href="/post/4417223?page=2#post_replies">More comments</a></p></div></main>
<aside id="side_pane" class="col-12 col-lg-4 side_pane" role="complementary"><div class="card mb-3"><div class="card-header"><img class="community_icon_small"
src="/static/media/communities/gardening.webp" alt=""><h2>Gardening</h2><p class="small">gardening@piefed.social</p></div><div class="card-body"><div
class="row">
<div class="col-6"><a class="w-100 btn btn-primary" href="/c/gardening/subscribe" rel="nofollow">Join</a></div><div class="col-6"><a
class="w-100 btn btn-primary"
href="/c/gardening/feed" rel="nofollow">RSS feed</a></div></div><form method="get" action="/search"><input type="search" name="q" class="form-control mt-2"
placeholder="Search this community"></form></div></div>
<div class="card mb-3"><div class="card-header"><h2>About community</h2></div><div class="card-body"><p>Vegetables, flowers, fruit and everything in between.
Beginners welcome.</p><p>Be kind. No selling. Tag your posts with a flair where you can.</p></div></div>
<div class="card mb-3"><div class="card-header"><h2>Moderators</h2></div><div class="card-body"><ol class="list-group list-group-flush">${links(
  ['seedling_sam', 'Hortensia'],
  'list-group-item',
)}</ol></div></div>
<div class="card mb-3"><div class="card-header"><h2>Community stats</h2></div><div class="card-body"><ul class="list-group list-group-flush"><li
class="list-group-item">8,912 subscribers</li><li class="list-group-item">1,204 posts</li><li class="list-group-item">612 active this week</li></ul></div></div>
<div class="card mb-3"><div class="card-header"><h2>Related communities</h2></div><div class="card-body"><ul
class="list-group list-group-flush">${links(pfRelated, 'list-group-item')}
</ul></div></div></aside></div></div>
<footer class="footer mt-auto" role="contentinfo"><p class="text-center"><a href="/">PieFed</a> · ${pfFoot
  .map(
    (t) => `<a
href="#">${t}</a>`,
  )
  .join(' · ')}</p></footer>
<script src="/static/js/bootstrap.bundle.min.js?v=5" nonce="Hq72aLs"></script><script src="/static/js/scripts.js?v=214"
nonce="Hq72aLs"></script></body></html>`;
export const piefedPost: TestPage = {
  html: pfHtml,
  name: 'heldout38-piefed-post',
  kind: 'forum',
  // the post (paragraphs and list items) and every comment are body, Marguerite's "Edit:" line too; the removed comment's
  // "Removed by mod" is a moderation placeholder: furniture, while "spudnik" stands where a poster's name stands: byline;
  // names, ages and the "edited" line are bylines; the flair, scores, "reply", comment count, cross-post and share links,
  // sort buttons, "Log in to comment.", "More comments", breadcrumbs, the side pane (community card, about text, moderators,
  // stats, related communities), navbar, skip links and footer are furniture; the footer's "About" and the scores "9" and
  // "0" are words of the body: left out
  title: pfTitle,
  headings: [],
  body: [...texts(pfPost), ...pfList, ...texts(pfPost2), ...pfAll.filter((c) => !c.removed).flatMap((c) => c.paras)],
  bylines: [
    'allotment_anna',
    '5 hours ago',
    ...[...new Set(pfAll.flatMap((c) => [c.name, c.age, ...(c.edited ? [c.edited] : [])]))].filter((s) => s !== 'allotment_anna'),
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Go to side pane', 'PieFed', ...pfNav, 'Gardening', 'New', 'First year growing potatoes in grow bags: resu...', '84',
    'Harvest report', '14 comments', 'Cross-post', 'Share', 'Hot', 'Top', 'Old', 'Log in to comment.', '31', '12', '18', '6', 'reply',
    'Removed by mod', 'More comments', 'gardening@piefed.social', 'Join', 'RSS feed', 'About community',
    'Vegetables, flowers, fruit and everything in between. Beginners welcome.', 'Be kind. No selling. Tag your posts with a flair where you can.',
    'Moderators', 'seedling_sam', 'Hortensia', 'Community stats', '8,912 subscribers', '1,204 posts', '612 active this week', 'Related communities',
    ...pfRelated, ...pfFoot.filter((t) => t !== 'About'),
  ],
};
