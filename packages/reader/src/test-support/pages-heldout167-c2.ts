import { links, type TestPage, texts } from './page-kit.js';
import { lis, paras } from './pages-heldout167-kit.js';

/**
 * Held-out batch 167, file c2: a Tistory post written in English on a blog with a stock skin and Korean interface
 * (the skin header and menu, the category label and date above the title, the revenue ad units with their "728x90" and
 * "반응형" labels inside and after the entry, Kakao-editor paragraphs and h3 headings, the post buttons (like, share,
 * manage, subscribe), the "다른 글" related table, the tag row, the comment form, the sidebar categories, recent posts
 * and visitor counter, and the "Designed by 티스토리" footer).
 */
const tTitle = 'Learning to make doenjang jjigae the way my mother-in-law does';
const tP1 = paras(`
When I moved to Daegu four years ago, I could cook exactly one Korean dish, and it was not very good. My mother-in-law has
been teaching me ever since, one dish at a time, usually over the phone on Sunday afternoons. This autumn we finally got to
doenjang jjigae, the soybean paste stew her family eats at least three times a week.

She does not measure anything, so this post is my attempt to write down what she does, with rough amounts, for anyone else
trying to learn it.
`);
const tH1 = 'What goes in';
const tList = [
  'About two tablespoons of doenjang, ideally homemade or from a small producer.',
  'Half a tablespoon of gochujang, which she says is optional and I say is not.',
  'A handful of dried anchovies and a square of dried kelp for the stock.',
  'One small courgette, one potato, half an onion and a block of soft tofu.',
  'A green chilli and a spring onion to finish.',
];
const tH2 = 'How she makes it';
const tP2 = paras(`
The stock comes first. She simmers the anchovies and kelp in three cups of water for ten minutes, then lifts them out. She
told me that this is where most people go wrong: they leave the anchovies in too long and the stock turns bitter.

The paste goes in next, pressed through a small sieve so that it dissolves without lumps. Then the potato, because it takes
the longest, followed a few minutes later by the onion and courgette. The tofu goes in last, cut into cubes, and she never
stirs after that, only gently pushes the vegetables down with a spoon.

It is ready when the potato is soft and the stew has reduced a little. She adds the chilli and spring onion just before it
comes off the heat and serves it bubbling in the earthenware pot.
`);
const tH3 = 'What I still get wrong';
const tP3 = paras(`
My stew is always too salty. Her answer is that different doenjang has different salt, and you have to taste the paste
before you decide how much to use. I have started adding it in two goes, tasting in between, and it is getting better.

Next month she has promised to teach me kimchi jjigae. I will write that one up too.
`);
const tBody = [...tP1, ...tList, ...tP2, ...tP3];
const tNav = ['홈', '태그', '방명록'];
const tRelated = [
  ['A beginner’s guide to the Seomun Market food stalls', '2025.10.26'],
  ['Why my first kimchi went fizzy', '2025.10.12'],
  ['Japchae for twelve people', '2025.09.30'],
];
const tTags = ['Doenjang', 'Korean cooking', 'jjigae', 'recipes'];
const tCats = ['분류 전체보기 (86)', 'Cooking (31)', 'Daegu life (40)', 'Korean study (15)'];
const tRecent = ['Learning to make doenjang jjigae the way my mother-in-law does', 'Autumn at Palgongsan, by bus'];
const tUnit = (pos: string): string => `<div class="revenue_unit_wrap position_${pos}"><div class="revenue_unit_item adsense responsive">
<div class="revenue_unit_info">728x90</div><div class="revenue_unit_info">반응형</div>
<ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-733" data-ad-slot="918" data-ad-format="auto"></ins></div></div>`;
const tHtml = `<!doctype html>
<html lang="ko"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${tTitle}</title><link rel="stylesheet" type="text/css" href="https://t1.daumcdn.net/tistory_admin/lib/lightbox/css/lightbox.min.css">
<link rel="stylesheet" type="text/css" href="https://tistory1.daumcdn.net/tistory/7722/skin/style.css?_version_=1762">
<meta name="by" content="hanbyeol"><meta property="og:type" content="article"><meta property="og:url" content="https://hanbyeol-kitchen.tistory.com/86">
<meta property="og:site_name" content="Hanbyeol's Daegu Kitchen"><meta property="og:title" content="${tTitle}">
<meta property="article:section" content="'Cooking'"><meta property="article:published_time" content="2025-11-09T18:22:41+09:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","mainEntityOfPage":{"@id":"https://hanbyeol-kitchen.tistory.com/86"},
"url":"https://hanbyeol-kitchen.tistory.com/86","headline":"${tTitle}",
"author":{"@type":"Person","name":"hanbyeol"},"datePublished":"2025-11-09T18:22:41+09:00"}</script>
<script type="text/javascript">window.T={};window.T.config={"TOP_SSL_URL":"https://www.tistory.com","PREVIEW":false,"ROLE":"guest","BLOG":{"id":7722,
"name":"hanbyeol-kitchen","title":"Hanbyeol's Daegu Kitchen"}};</script>
<script src="https://t1.daumcdn.net/tistory_admin/assets/blog/1762/blogs/script/base.js"></script>
<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client=ca-pub-733" crossorigin="anonymous"></script>
</head>
<body id="tt-body-page" class="layout-aside-right paging-number">
<div id="acc-nav"><a href="#content">본문 바로가기</a></div>
<div id="wrap"><header id="header"><div class="inner"><h1><a href="https://hanbyeol-kitchen.tistory.com/">Hanbyeol's Daegu Kitchen</a></h1>
<button type="button" class="mobile-menu"><span>메뉴</span></button><nav id="gnb"><ul>${links(tNav)}</ul></nav></div></header>
<section class="container"><div class="content-wrap"><main class="main"><div class="area-main"><div class="area-view">
<div class="article-header"><div class="inner"><a href="/category/Cooking" class="category">Cooking</a>
<h2 class="title-article">${tTitle}</h2><div class="box-info"><p class="writer">hanbyeol</p><p class="date">2025. 11. 9. 18:22</p></div></div></div>
<div class="article-view"><div class="contents_style">
${tUnit('top')}
<div class="tt_article_useless_p_margin contents_style">
${tP1.map((p) => `<p data-ke-size="size16">${p}</p>`).join('\n')}
<p data-ke-size="size16">&nbsp;</p>
<h3 data-ke-size="size23">${tH1}</h3>
<ul style="list-style-type: disc;" data-ke-list-type="disc">${lis(tList)}</ul>
<h3 data-ke-size="size23">${tH2}</h3>
${tP2.map((p) => `<p data-ke-size="size16">${p}</p>`).join('\n')}
<h3 data-ke-size="size23">${tH3}</h3>
${tP3.map((p) => `<p data-ke-size="size16">${p}</p>`).join('\n')}
</div>
${tUnit('middle')}
<div class="container_postbtn #post_button_group"><div class="postbtn_like"><div class="wrap_btn" id="reaction-86">
<button class="btn_post uoc-icon"><div class="uoc-icon"><span class="ico_postbtn ico_like">공감</span><span class="txt_like
uoc-count">12</span></div></button></div>
<div class="wrap_btn wrap_btn_share"><button type="button" class="btn_post sns_btn btn_share">
<span class="ico_postbtn ico_share">sns 공유하기</span></button>
<div class="layer_post" id="tistorySnsLayer"></div></div><div class="wrap_btn wrap_btn_etc"><button type="button" class="btn_post btn_etc2">
<span class="ico_postbtn ico_etc">게시글 관리</span></button><div class="layer_post" id="tistoryEtcLayer"></div></div></div>
<button type="button" class="btn_menu_toolbar btn_subscription #subscribe"><em class="txt_state">구독하기</em><strong
class="txt_tool_id">Hanbyeol's Daegu Kitchen</strong></button></div>
<div class="another_category another_category_color_gray"><h4>'<a href="/category/Cooking">Cooking</a>' 카테고리의 다른 글</h4><table><tbody>
${tRelated.map(([t, d]) => `<tr><th><a href="#">${t}</a>&nbsp;&nbsp;<span>(0)</span></th><td>${d}</td></tr>`).join('\n')}
</tbody></table></div></div>
<div class="article-tag"><h4 class="title-tag">태그</h4>
<div class="box-tag">${tTags.map((t) => `<a href="/tag/${t}" rel="tag">${t}</a>`).join(', ')}</div></div>
<div class="article-reply"><div data-tistory-react-app="Comment"><div class="tt-comment-cont"><h4 class="tt_cmt_title">댓글<span>0</span></h4>
<form class="tt-box-textarea"><label>이름</label><input type="text"><label>비밀번호</label><input type="password">
<textarea placeholder="내용을 입력하세요."></textarea><label><input type="checkbox">비밀글</label><button type="submit"
class="tt-btn_register">등록</button></form></div></div></div>
</div></div></div></main>
<aside class="area-aside"><div class="box-category"><nav><ul class="tt_category">${links(tCats, 'link_item')}</ul></nav></div>
<div class="box-recent"><h3 class="title-sidebar">최근글</h3><ul>${links(tRecent)}</ul></div>
<div class="box-visit"><h3 class="title-sidebar">방문자</h3><p class="text-total">Total</p><p class="total">48,212</p>
<ul><li class="item-today">Today<span>37</span></li><li class="item-yesterday">Yesterday<span>112</span></li></ul></div></aside></div></section>
<footer id="footer"><div class="inner"><p class="copyright">Designed by 티스토리</p><p class="copyright">© Kakao Corp.</p></div></footer></div>
<script src="https://t1.daumcdn.net/tistory_admin/assets/blog/1762/blogs/script/blog/common.js"></script>
</body></html>`;

export const TISTORY_POST: TestPage = {
  name: 'heldout167-tistory-blog',
  kind: 'blog',
  html: tHtml,
  title: tTitle,
  headings: [tH1, tH2, tH3],
  body: texts(tBody),
  bylines: ['hanbyeol', '2025. 11. 9. 18:22'],
  furniture: [
    '본문 바로가기',
    "Hanbyeol's Daegu Kitchen",
    '메뉴',
    ...tNav,
    'Cooking',
    '728x90',
    '반응형',
    '공감',
    'sns 공유하기',
    '게시글 관리',
    '구독하기',
    '카테고리의 다른 글',
    ...tRelated.flat(),
    '태그',
    ...tTags,
    '댓글',
    '이름',
    '비밀번호',
    '비밀글',
    '등록',
    ...tCats,
    '최근글',
    tRecent[1] ?? '',
    '방문자',
    'Total',
    'Today',
    'Yesterday',
    'Designed by 티스토리',
    '© Kakao Corp.',
  ],
};
