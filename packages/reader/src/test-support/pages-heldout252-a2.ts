import { links, type TestPage, texts } from './page-kit.js';
import { jc } from './pages-heldout252-kit.js';

/**
 * Held-out batch 252, file a2: a Japanese note.com blog post as its Nuxt app renders it (the __nuxt / __layout wrappers, the
 * note header, the creator bar with follow button, the paragraphs with name / id attributes, the like ("スキ") and share bar,
 * hashtags, the support box, the creator profile, the "おすすめ記事" rail, the comment box and the footer).
 */
const kTitle = '会社を辞めずに、週末だけの古本屋を一年続けてわかったこと';
const kP = [
  jc(
    'ちょうど一年前の三月、住んでいる町の商店街の空き店舗を週末だけ借りて、小さな古本屋を始めました。',
    '平日は会社員として働き、土曜と日曜だけシャッターを開ける、いわゆる「週末店主」です。',
  ),
  jc('一年たったので、始める前に想像していたことと、実際にやってみてわかったことを、忘れないうちに書いておこうと思います。'),
  jc(
    '一番の誤算は、お客さんが本を「買いに」来るよりも、「売りに」来ることのほうがずっと多かったことです。',
    '近所の方が、引っ越しや実家の片付けで出た本を段ボールで持ってきてくださる。',
    'ありがたい一方で、店の棚はあっという間にいっぱいになりました。',
  ),
  jc(
    '最初の三か月は、持ち込まれた本をほとんど全部引き取っていました。',
    'でも、それでは売れない本ばかりが増えてしまいます。今は、次の三つを基準に、お断りすることも増えました。',
  ),
];
const kRules = ['同じ本がすでに棚に三冊以上あるもの', '書き込みや日焼けがひどく、次の人に渡しにくいもの', '雑誌のバックナンバーで、号がそろっていないもの'];
const kP2 = [
  jc(
    '売り上げは、正直に言うと家賃と光熱費をまかなえる月とまかなえない月が半々です。',
    '利益を出すことは目標にしていないので、それで困ってはいませんが、続けるための工夫はしています。',
  ),
  jc(
    'たとえば、店の奥の一角を「ひと箱本棚」として貸し出しています。月に千円で、棚を一つ借りた人が自分の本を並べて売れる仕組みで、',
    '今は十二人の「棚主さん」がいます。棚主さん同士が店番を交代してくれるので、私が用事で来られない日もお店を開けられるようになりました。',
  ),
  jc(
    'この一年で一番うれしかったのは、小学生の男の子が毎週土曜日に来て、百円の文庫を一冊ずつ買っていくようになったことです。',
    '先月、その子が「この作家の本、ほかにないですか」と聞いてくれました。本屋をやっていてよかった、と思った瞬間でした。',
  ),
  jc(
    '二年目は、月に一度、棚主さんたちと読書会を開いてみるつもりです。',
    '会社員を続けながらでも、町に小さな居場所をつくることはできる。それが、この一年でいちばん確かに言えることかもしれません。',
  ),
];
const kH = ['本は「買われる」より「持ち込まれる」', '続けるための仕組み', 'これから'];
const kTags = ['#古本屋', '#週末起業', '#商店街', '#私の仕事'];
const kRecs = ['小さな本屋の一日を記録してみた', '商店街の空き店舗を借りるまでにやったこと', '読書会を十回開いてわかった、ちょうどいい人数'];
const kHtml = `<!DOCTYPE html><html lang="ja" data-n-head="%7B%22lang%22:%7B%22ssr%22:%22ja%22%7D%7D"><head>
<meta charset="utf-8"><title data-n-head="ssr">${kTitle}｜みなみ書房の店主｜note</title>
<meta data-n-head="ssr" data-hid="og:site_name" property="og:site_name" content="note（ノート）">
<meta data-n-head="ssr" data-hid="og:type" property="og:type" content="article">
<meta data-n-head="ssr" data-hid="description" name="description" content="ちょうど一年前の三月、住んでいる町の商店街の空き店舗を週末だけ借りて">
<script data-n-head="ssr" type="application/ld+json">{"@context":"http://schema.org","@type":"Article","headline":"${kTitle}",
"author":{"@type":"Person","name":"みなみ書房の店主"},"datePublished":"2026-03-02T20:15:41.000+09:00"}</script></head>
<body><div data-server-rendered="true" id="__nuxt"><div id="__layout"><div class="l-wrapper">
<header class="o-globalHeader"><a href="/" class="o-globalHeader__logo" aria-label="note">note</a>
<div class="o-globalHeader__search"><input type="search" placeholder="記事、クリエイター、タグを検索"></div>
<div class="o-globalHeader__actions"><a href="/login" class="a-button">ログイン</a><a href="/signup" class="a-button a-button--primary">会員登録</a></div></header>
<main class="o-noteContentLayout"><div class="o-noteContentLayout__main"><article class="o-noteContentText">
<div class="o-noteEyecatch"><img src="https://assets.st-note.example/production/uploads/images/154412/rectangle_large_type_2_0a1.jpeg" alt=""></div>
<div class="o-noteContentHeader"><h1 class="o-noteContentHeader__title">${kTitle}</h1>
<div class="o-noteContentHeader__info"><div class="o-noteContentHeader__creator"><a href="/minamishobo" class="o-noteContentHeader__name">
みなみ書房の店主</a><button class="a-button a-button--follow">フォロー</button></div>
<div class="o-noteContentHeader__date"><time datetime="2026-03-02T20:15:41.000+09:00">2026年3月2日 20:15</time></div></div></div>
<div class="note-common-styles__textnote-body" data-name="body">
<p name="a1f0" id="a1f0">${kP[0]}</p><p name="a1f1" id="a1f1">${kP[1]}</p>
<h2 name="b2c0" id="b2c0">${kH[0]}</h2><p name="b2c1" id="b2c1">${kP[2]}</p><p name="b2c2" id="b2c2">${kP[3]}</p>
<ul name="b2c3" id="b2c3">${kRules.map((r) => `<li>${r}</li>`).join('')}</ul>
<h2 name="c3d0" id="c3d0">${kH[1]}</h2><p name="c3d1" id="c3d1">${kP2[0]}</p><p name="c3d2" id="c3d2">${kP2[1]}</p>
<p name="c3d3" id="c3d3">${kP2[2]}</p><h2 name="d4e0" id="d4e0">${kH[2]}</h2><p name="d4e1" id="d4e1">${kP2[3]}</p></div>
<div class="o-noteContentFooter"><div class="m-tagList">${kTags.map((t) => `<a href="/hashtag/${t.slice(1)}" class="a-tag">${t}</a>`).join('')}</div>
<div class="o-noteLikeV3"><button class="o-noteLikeV3__iconButton" aria-label="スキ"></button><span class="o-noteLikeV3__count">214</span></div>
<div class="o-noteContentFooter__share"><button>Xでシェア</button><button>Facebookでシェア</button><button>リンクをコピー</button></div>
<div class="o-supportBox"><p class="o-supportBox__message">この記事が気に入ったらチップで応援してみませんか？</p>
<button class="a-button">チップで応援する</button></div></div></article>
<section class="o-creatorProfile"><a href="/minamishobo" class="o-creatorProfile__name">みなみ書房の店主</a>
<p class="o-creatorProfile__bio">会社員をしながら、週末だけ商店街で古本屋を開いています。本と町のことを書きます。</p>
<button class="a-button a-button--follow">フォロー</button></section>
<section class="o-commentArea"><h3 class="o-commentArea__title">コメント</h3>
<div class="o-commentArea__login">ログインしてコメントを投稿する</div></section>
<section class="o-recommendNotes"><h2 class="o-recommendNotes__title">おすすめ記事</h2><ul>${links(kRecs, 'o-recommendNotes__item')}</ul></section>
</div></main>
<footer class="o-footer"><ul>${links(['noteについて', 'ヘルプセンター', '利用規約', 'プライバシーポリシー', 'クリエイターを探す'])}</ul>
<p class="o-footer__copyright">© note inc.</p></footer></div></div></div>
<script>window.__NUXT__=(function(a,b){return {layout:"default",data:[{note:{key:"n3f2a9c81b7e0",like_count:214}}],state:{}}}(null,false));</script>
<script src="/_nuxt/7c1e4a2.js" defer></script></body></html>`;
export const noteCom: TestPage = {
  name: 'heldout252-note-com-blog',
  kind: 'blog',
  html: kHtml,
  title: kTitle,
  headings: kH,
  body: texts([...kP, ...kRules, ...kP2]),
  bylines: ['みなみ書房の店主', '2026年3月2日 20:15'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'note', 'ログイン', '会員登録', 'フォロー', ...kTags, '214', 'Xでシェア', 'Facebookでシェア', 'リンクをコピー',
    'この記事が気に入ったらチップで応援してみませんか？', 'チップで応援する', '会社員をしながら、週末だけ商店街で古本屋を開いています。本と町のことを書きます。',
    'コメント', 'ログインしてコメントを投稿する', 'おすすめ記事', ...kRecs, 'noteについて', 'ヘルプセンター', '利用規約', 'プライバシーポリシー',
    'クリエイターを探す', '© note inc.',
  ],
};
