import { j } from './pages-heldout231-kit.js';
import { links, type TestPage, texts } from './page-kit.js';
import { askMe } from './pages-heldout231-b2.js';

/**
 * Held-out batch 231, file b: a Quora Spaces post as a signed-out visitor saves it (the React shell with hashed "q-box"
 * classes, the top bar with "Sign In", the Space header with its follower count and "Follow Space", the author line with
 * credential and "Updated" time, the post text, the upvote / share bar with counts, three comments with their own vote
 * counts, "Related posts" and "More from the Space" rails, the hidden sign-up modal and the footer links) and, from file b2,
 * an Ask MetaFilter question.
 */
const qTitle = 'What nobody tells you about keeping bees on a city rooftop';
const qP = [
  j(
    'When I put two hives on the roof of our block of flats five summers ago, I had read every book in the library and thought I',
    'was ready. The bees were fine. It was everything around them that surprised me.',
  ),
  j(
    'The first thing is wind. At ground level a hive sits in a sheltered garden; six storeys up, the gusts come round the corner',
    'of the lift housing hard enough to tip a lid. We now strap every hive to a pallet with ratchet straps and weigh the roofs down',
    'with a paving slab. I lost a whole colony in the first October storm before I learned that.',
  ),
  j(
    'The second is water. Bees need a lot of it in hot weather, and if you do not give them a source they will find one, usually',
    'the neighbour\u2019s bird bath or, in our case, the dripping air-conditioning unit on the office across the road. A shallow tray',
    'of gravel topped up every morning solved it, and the office manager stopped sending me letters.',
  ),
  j(
    'Third, forage is better than you would think. City honey from our roof is darker and more varied than the honey my cousin',
    'gets in the country, because the bees work lime trees along the avenue, the railway embankment brambles and everybody\u2019s',
    'window boxes. Our best year gave 31 kilos from two hives.',
  ),
  j(
    'Fourth, people. Most neighbours were curious rather than frightened, but I had to answer the same three questions a hundred',
    'times: will they sting my children, is the honey safe to eat with all the traffic, and can I have a jar. Yes to the jar,',
    'rarely to the first, and the pollen tests we had done came back cleaner than the rural sample.',
  ),
  j(
    'Finally, lifting. A full super weighs around 25 kilos and our roof access is a steep ladder through a hatch. I now harvest',
    'frame by frame into a lidded box rather than carrying whole boxes down, which is slower but has saved my back.',
  ),
  j(
    'If you are thinking about it, talk to your building manager first, join your local association, and start with one hive.',
    'Most of what goes wrong on a roof is not about bees at all.',
  ),
];
const qComments = [
  { name: 'Lorcan Petit', ago: '2y', text: 'The bit about the air-conditioning drip made me laugh. Ours found the hotel swimming pool.', up: '48' },
  { name: 'Hana Zielinska', ago: '2y', text: 'Did you need permission from the council, or only the building owner?', up: '12' },
  {
    name: 'Bertrand Oyelaran',
    ago: '2y',
    text: 'Only the owner and our insurer in my case, but rules differ between boroughs, so check with the council before you buy anything.',
    up: '19',
  },
];
const qRelated = [
  'How much honey can one hive produce in a year?',
  'Is it cruel to take honey from bees?',
  'What are the first signs that a colony is about to swarm?',
  'Do bees recognise the person who keeps them?',
];
const qMore = ['A beginner\u2019s guide to smoker fuel', 'Why my queen stopped laying in August', 'Wax moth: prevention beats cure'];
const qFoot = ['About', 'Careers', 'Privacy', 'Terms', 'Contact', 'Languages', 'Your Ad Choices', 'Press'];
const qModal = ['Sign up to see more', 'Continue with Google', 'Continue with Facebook', 'Sign up with email', 'Already have an account? Log in'];
const qBox = (inner: string, cls = ''): string => `<div class="q-box${cls === '' ? '' : ` ${cls}`}">${inner}</div>`;
const qComment = (c: (typeof qComments)[number]): string =>
  qBox(
    `${qBox(
      `<span class="q-text qu-dynamicFontSize--small qu-bold"><a class="q-box qu-cursor--pointer" href="/profile/${c.name.replace(' ', '-')}">${c.name}</a>
    </span>
<span class="q-text qu-color--gray qu-dynamicFontSize--small"> · <a href="/comment/${c.up}">${c.ago}</a></span>`,
      'qu-display--flex',
    )}
${qBox(
  `<div class="q-text qu-wordBreak--break-word"><span class="q-box qu-userSelect--text"><p class="q-text qu-display--block">${c.text}</p></span>
</div>`,
  'qu-mt--tiny',
)}
${qBox(
  `<button class="q-click-wrapper" aria-label="Upvote"><span class="q-text">Upvote</span> <span class="q-text qu-dynamicFontSize--small">${c.up}</span></button>
<button class="q-click-wrapper" aria-label="Reply">Reply</button>`,
  'qu-display--flex',
)}`,
    'comment_thread qu-borderBottom',
  );
const qHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${qTitle} - City Beekeepers Collective - Quora</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:title" content="${qTitle}">
<meta property="og:site_name" content="Quora"><meta name="description" content="When I put two hives on the roof of our block of flats five summers ago...">
<link rel="canonical" href="https://citybeekeepers.quora.com/What-nobody-tells-you-about-keeping-bees-on-a-city-rooftop">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${qTitle}",
"author":{"@type":"Person","name":"Ysolde Marchetti"},"datePublished":"2024-05-19","interactionStatistic":{"@type":"InteractionCounter",
"interactionType":"https://schema.org/LikeAction","userInteractionCount":1214}}</script>
<link rel="stylesheet" href="https://qsf.fs.quoracdn.example/-4-ans_frontend_assets.css"><script src="https://qsf.fs.quoracdn.example/-4-webpack-runtime.js"
async></script>
</head><body class="unified_layout"><div id="root"><div class="q-box"><div class="q-fixed qu-fullX qu-zIndex--header qu-bg--raised" id="header">
${qBox(
  `<a class="q-box qu-cursor--pointer" href="https://www.quora.com" aria-label="Quora home"><span class="q-inline">Quora</span></a>
<div class="q-box qu-flex--auto"><input class="q-input qu-borderRadius--pill" placeholder="Search Quora" type="text"></div>
<a class="q-click-wrapper qu-bg--blue" href="https://www.quora.com/?login=1"><div class="q-text">Sign In</div></a>`,
  'qu-display--flex qu-alignItems--center',
)}
</div><div class="q-box qu-mt--large" id="mainContent"><div class="q-box dom_annotate_multifeed_tribe_top_items">
${qBox(
  `<img class="q-image qu-borderRadius--small" src="https://qph.cf2.quoracdn.example/main-thumb-ti-9912.jpeg" alt="">
<div class="q-text qu-dynamicFontSize--xlarge qu-bold"><a href="https://citybeekeepers.quora.com">City Beekeepers Collective</a></div>
<div class="q-text qu-color--gray">Hives, honey and the people who keep them in towns and cities</div>
<div class="q-text qu-color--gray qu-dynamicFontSize--small">14.8K followers</div>
<button class="q-click-wrapper qu-bg--blue qu-borderRadius--pill"><div class="q-text">Follow Space</div></button>`,
  'tribe_header qu-p--medium',
)}
</div><div class="q-box qu-borderAll qu-borderRadius--small qu-bg--raised"><div class="q-box dom_annotate_multifeed_tribe_item">
${qBox(
  `<a href="/profile/Ysolde-Marchetti"><img class="q-image" alt="Profile photo for Ysolde Marchetti"
src="https://qph.cf2.quoracdn.example/main-thumb-88.jpeg"></a>
<div class="q-box"><span class="q-text qu-bold"><a class="q-box" href="/profile/Ysolde-Marchetti">Ysolde Marchetti</a></span>
<span class="q-text qu-color--gray"> · <button class="q-click-wrapper">Follow</button></span>
<div class="q-text qu-color--gray qu-dynamicFontSize--small"><span>Hobby beekeeper since 2019, two hives on a Leeds rooftop</span>
· <a href="/post/9912">Updated 2y</a></div></div>`,
  'qu-display--flex qu-mb--small',
)}
<div class="q-text qu-dynamicFontSize--large qu-bold qu-mb--small puppeteer_test_question_title"><span class="q-box qu-userSelect--text">${qTitle}</span></div>
<div class="q-box spacing_log_answer_content puppeteer_test_answer_content"><div class="q-text qu-wordBreak--break-word">
<span class="q-box qu-userSelect--text">
${qP.map((p) => `<p class="q-text qu-display--block qu-wordBreak--break-word qu-textAlign--start">${p}</p>`).join('\n')}
</span></div></div>
<div class="q-text qu-color--gray qu-dynamicFontSize--small qu-mt--small"><span>38.6K views</span> · <span>View upvotes</span></div>
${qBox(
  `<button class="q-click-wrapper qu-borderRadius--pill" aria-label="Upvote"><span class="q-text">Upvote</span> · <span class="q-text">1.2K</span></button>
<button class="q-click-wrapper" aria-label="Downvote"></button><button class="q-click-wrapper" aria-label="Comment"><span class="q-text">27</span></button>
<button class="q-click-wrapper" aria-label="Share"><span class="q-text">Share</span> <span class="q-text">64</span></button>`,
  'qu-display--flex qu-borderTop qu-pt--small',
)}
${qBox(
  `<input class="q-input" placeholder="Add a comment..." type="text"><button class="q-click-wrapper"><div class="q-text">Add comment</div>
</button>`,
  'qu-display--flex',
)}
<div class="q-box qu-mt--small">${qComments.map(qComment).join('\n')}</div>
<button class="q-click-wrapper qu-fullX"><div class="q-text">View more comments</div></button></div></div>
<div class="q-box qu-mt--medium"><div class="q-text qu-bold qu-dynamicFontSize--large">More from City Beekeepers Collective</div>
<ul class="q-box">${links(qMore, 'q-box')}</ul></div>
</div><div class="q-box qu-mt--large" id="rightRail"><div class="q-box qu-borderAll qu-bg--raised"><div class="q-text qu-bold qu-p--medium">Related posts</div>
<ul class="q-box">${links(qRelated, 'q-box qu-borderTop')}</ul></div><div class="q-box qu-mt--small" id="aboutTheseAds"><span class="q-text">Ad</span>
<a href="https://hiveco.example" class="q-box"><span class="q-text qu-bold">Hiveco Polystyrene Hives</span><p class="q-text">Warmer winters for your colonies.
Free delivery on orders over £80.</p><span class="q-text">Learn More</span></a></div>
<div class="q-box qu-mt--medium qu-color--gray qu-dynamicFontSize--small"><ul class="q-box">${links(qFoot, 'q-inline')}</ul></div></div>
<div class="q-box signup_wall_wrapper" style="display:none" aria-hidden="true"><div class="q-text qu-bold">${qModal[0]}</div>
<button class="q-click-wrapper">${qModal[1]}</button><button class="q-click-wrapper">${qModal[2]}</button><button class="q-click-wrapper">${qModal[3]}</button>
<div class="q-text">${qModal[4]}</div></div></div></div>
<script>window.ansFrontendGlobals = window.ansFrontendGlobals || {};window.ansFrontendGlobals.data = {"loggedIn":false};</script>
<script src="https://qsf.fs.quoracdn.example/-4-ans_frontend-relay-module.js" defer></script></body></html>`;
const quora: TestPage = {
  name: 'heldout231-quora-spaces-post',
  kind: 'forum',
  html: qHtml,
  title: qTitle,
  headings: [],
  body: texts([...qP, ...qComments.map((c) => c.text)]),
  bylines: ['Ysolde Marchetti', 'Updated 2y', ...qComments.map((c) => c.name), '2y'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Quora', 'Sign In', 'City Beekeepers Collective', 'Hives, honey and the people who keep them in towns and cities', '14.8K followers', 'Follow Space',
    'Follow', 'Hobby beekeeper since 2019, two hives on a Leeds rooftop', '38.6K views', 'View upvotes', 'Upvote', '1.2K', '27', 'Share', '64',
    'Add comment', ...qComments.map((c) => c.up), 'Reply', 'View more comments', 'More from City Beekeepers Collective', ...qMore, 'Related posts', ...qRelated,
    'Ad', 'Hiveco Polystyrene Hives', 'Warmer winters for your colonies. Free delivery on orders over £80.', 'Learn More', ...qFoot, ...qModal,
  ],
};

export const HELDOUT231_B: readonly TestPage[] = [quora, askMe];
