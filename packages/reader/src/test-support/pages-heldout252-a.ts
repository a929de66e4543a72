import { links, ps, type TestPage, texts } from './page-kit.js';
import { noteCom } from './pages-heldout252-a2.js';
import { jc, long } from './pages-heldout252-kit.js';

/**
 * Held-out batch 252, file a: a Japanese public-broadcaster news article on an NHK NEWS WEB-style template (global navi,
 * genre menu, breadcrumbs, title with dateline, share buttons, a figure with caption, the summary lead, section headings,
 * "関連ニュース" rail, "特集" sidebar, the consent banner and the footer) and, from file a2, a note.com blog post.
 */
const nTitle = '瀬戸内の離島 海底ケーブル更新で通信障害の解消へ 来春から工事';
const nLead = [
  jc(
    '瀬戸内海の離島、鳴川島と周辺の三つの島で続いてきた通信障害を解消するため、県と通信会社は、島と本土を結ぶ海底ケーブルを',
    '来年春から新しいものに取り替えることを決めました。工事は2年がかりで、費用はおよそ38億円と見込まれています。',
  ),
];
const nS1 = [
  jc(
    '鳴川島では、30年以上前に敷設された海底ケーブルの老朽化が進み、去年から台風や強い潮流のたびにインターネットや携帯電話が',
    'つながりにくくなる状態が続いていました。去年9月には、およそ40時間にわたって島全体で通信が途絶え、診療所のオンライン診療が中止されました。',
  ),
  jc(
    '島の人口はおよそ1200人で、半数近くが65歳以上です。漁業協同組合によりますと、通信が途絶えた間は水揚げの情報を市場に送れず、',
    '競りに間に合わなかった船もあったということです。',
  ),
];
const nS2 = [
  jc(
    '県の計画では、新しいケーブルは光ファイバーを二重にした構造で、一方が切れても、もう一方で通信を続けられるようにします。',
    'ルートも見直し、潮流の速い海峡を避けて島の南側を通す予定です。',
  ),
  '工事は次のような順序で進められます。',
];
const nSteps = [
  '来年4月から海底の地形と地質の調査',
  '来年秋に本土側の陸上設備を建設',
  '再来年の春から夏にかけてケーブルを敷設',
  '再来年の年末までに古いケーブルから切り替え',
];
const nS3 = [
  jc(
    '鳴川島で民宿を営む男性は「予約の連絡がメールで届かず、お客さんに迷惑をかけたこともあった。',
    '工事が終わるまでは不安だが、ようやく見通しが立ってほっとしている」と話していました。',
  ),
  jc('県の情報政策課は「工事の期間中も、衛星通信の臨時設備を診療所と役場に置いて、', '災害時の連絡手段を確保したい」としています。'),
];
const nH = ['30年以上前のケーブル 老朽化で障害相次ぐ', '二重化したケーブルで災害に備える', '島の住民「ようやく見通し」'];
const nGnav = ['ニュース', '天気', '防災', '番組', 'ラジオ', 'ミナト放送プラス'];
const nGenre = ['トップ', '社会', '気象・災害', '科学・文化', '政治', 'ビジネス', '国際', 'スポーツ', '暮らし', '地域'];
const nRel = ['離島の診療所 オンライン診療の通信トラブル相次ぐ', '海底ケーブル切断 別の島で一時通信できず', '瀬戸内の離島航路 燃料高で減便の動き'];
const nSpecial = ['特集 島で暮らす 次の30年', 'データで見る 地域の通信格差', '解説 海底ケーブルとは'];
const nFoot = ['ミナト放送について', '受信料の窓口', 'ご意見・お問い合わせ', '個人情報の保護', 'ソーシャルメディアポリシー'];
const nHtml = `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>${nTitle} | ミナト放送 ニュース</title>
<meta name="description" content="瀬戸内海の離島、鳴川島と周辺の三つの島で続いてきた通信障害を解消するため">
<meta property="og:type" content="article"><meta property="og:site_name" content="ミナト放送 ニュース">
<meta name="twitter:card" content="summary_large_image">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nTitle}",
"datePublished":"2026-03-04T11:42:00+09:00","publisher":{"@type":"Organization","name":"ミナト放送"}}</script>
<script>window.minatoConfig={genre:"shakai",id:"k10014552310000",ads:false};</script></head>
<body class="page-detail"><div id="skip"><a href="#main">本文へ移動</a></div>
<header id="header" class="gnavi"><div class="gnavi--inner"><p class="gnavi--logo"><a href="/">ミナト放送</a></p>
<nav class="gnavi--service"><ul>${links(nGnav, 'gnavi--item')}</ul></nav><a href="/search" class="gnavi--search">検索</a></div>
<nav class="gnavi--genre" aria-label="ジャンル"><ul>${links(nGenre, 'genre--item')}</ul></nav></header>
<ol class="breadcrumb"><li><a href="/news/">ニュース</a></li><li><a href="/news/cat01.html">社会</a></li><li>海底ケーブル更新</li></ol>
<main id="main"><div class="content--detail-main"><article class="module module--detail">
<header class="content--header"><h1 class="content--title"><span>${nTitle}</span></h1>
<p class="content--date"><time datetime="2026-03-04T11:42">2026年3月4日 11時42分</time></p>
<ul class="content--tags"><li><a href="/news/word/0001234.html">通信インフラ</a></li><li><a href="/news/word/0000987.html">離島</a></li></ul>
<div class="module--share"><ul><li class="share--x"><a href="#">ポスト</a></li><li class="share--fb"><a href="#">シェア</a></li>
<li class="share--line"><a href="#">LINEで送る</a></li><li class="share--copy"><button>リンクをコピー</button></li></ul></div></header>
<figure class="content--thumb"><img src="/news/html/20260304/K10014552310_2603041130_0304114212_01_02.jpg" alt="">
<figcaption>鳴川島の港（去年9月撮影）</figcaption></figure>
<div class="content--detail-body"><div class="content--summary">${ps(nLead)}</div>
<section class="content--body"><h2 class="body-title">${nH[0]}</h2><div class="body-text">${ps(nS1)}</div></section>
<section class="content--body"><h2 class="body-title">${nH[1]}</h2><div class="body-text">${ps(nS2)}
<ul>${nSteps.map((s) => `<li>${s}</li>`).join('\n')}</ul></div></section>
<section class="content--body"><h2 class="body-title">${nH[2]}</h2><div class="body-text">${ps(nS3)}</div></section></div>
<div class="module--share module--share-bottom"><p class="share--title">この記事をシェア</p><ul><li><a href="#">ポスト</a></li>
<li><a href="#">シェア</a></li><li><a href="#">LINEで送る</a></li></ul></div></article>
<section class="module module--list-items"><h2 class="module--title">関連ニュース</h2><ul>${links(nRel, 'list-item')}</ul></section></div>
<aside class="content--detail-sub"><section class="module--special"><h2>特集</h2><ul>${links(nSpecial)}</ul></section>
<section class="module--ranking"><h2>アクセスランキング</h2><ol><li><a href="#">春の嵐 週末にかけて西日本で大雨のおそれ</a></li></ol></section></aside></main>
<div id="cookie-consent" class="consent-banner"><p>このサイトでは、利用状況の把握と表示の改善のためにクッキーを使用しています。</p>
<button class="consent--ok">同意する</button><a href="/privacy/cookie.html">詳しく見る</a></div>
<footer id="footer"><ul class="footer--links">${links(nFoot)}</ul><p class="footer--copy">Copyright ミナト放送 禁無断転載</p></footer>
<script src="/common/js/detail.min.js"></script></body></html>`;
const nhk: TestPage = {
  name: 'heldout252-nhk-news-web-news',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: nH,
  body: texts([...nLead, ...nS1, ...nS2, ...nSteps, ...nS3]),
  bylines: ['2026年3月4日 11時42分'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    '本文へ移動', 'ミナト放送', ...long(nGnav), ...long(nGenre), 'ニュース', '海底ケーブル更新', '通信インフラ', 'ポスト', 'シェア', 'LINEで送る',
    'リンクをコピー', '鳴川島の港（去年9月撮影）', 'この記事をシェア', '関連ニュース', ...nRel, ...nSpecial, 'アクセスランキング',
    '春の嵐 週末にかけて西日本で大雨のおそれ', 'このサイトでは、利用状況の把握と表示の改善のためにクッキーを使用しています。', '同意する', '詳しく見る',
    ...nFoot, 'Copyright ミナト放送 禁無断転載',
  ],
};

export const HELDOUT252_A: readonly TestPage[] = [nhk, noteCom];
