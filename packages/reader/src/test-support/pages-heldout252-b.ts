import { links, type TestPage, texts } from './page-kit.js';
import { cnNews } from './pages-heldout252-b2.js';
import { j, long as long2 } from './pages-heldout252-kit.js';

/**
 * Held-out batch 252, file b: a Korean portal news article on a Naver News-style template (portal header and GNB, press
 * logo and headline in an h2, datestamps, reporter, the summary in a strong, body text split by <br> with no <p>, a photo
 * with its caption, reaction buttons, the reporter card, copyright, comment box and "이 언론사의 많이 본 뉴스" rail) and,
 * from file b2, a Simplified-Chinese news site article.
 */
const vTitle = '지방 공공도서관 절반, 평일 저녁 문 닫아…"직장인은 이용 못 해"';
const vSummary = '- 기초지자체 도서관 48%가 오후 6시 이전 폐관\n- 야간 개관 예산은 3년째 제자리';
const vP = [
  j(
    '지방 공공도서관 두 곳 중 한 곳이 평일 저녁 6시 이전에 문을 닫는 것으로 나타났다. 퇴근 후 도서관을 찾는 직장인과 대학생은',
    '사실상 이용할 수 없는 셈이다.',
  ),
  j(
    "한빛도서관정책연구소가 4일 공개한 '기초지자체 공공도서관 운영 실태 조사'에 따르면, 수도권을 제외한 지역의 공공도서관 612곳 가운데",
    '294곳(48%)이 평일 오후 6시 이전에 폐관하는 것으로 조사됐다. 오후 9시 이후까지 문을 여는 도서관은 71곳(11.6%)에 그쳤다.',
  ),
  j(
    '연구소는 야간 개관이 어려운 이유로 인력 부족을 꼽았다. 조사 대상 도서관의 평균 사서 수는 3.4명으로, 법정 기준의 절반에도 미치지',
    '못했다. 저녁 시간대를 맡을 인력을 따로 두지 못해 낮 근무 인력만으로 운영하는 곳이 대부분이라는 설명이다.',
  ),
  j(
    "예산도 걸림돌이다. 광역자치단체가 지원하는 '도서관 야간 개관 사업' 예산은 2024년 이후 3년째 같은 수준에 머물러 있다.",
    '그사이 인건비와 냉난방비가 오르면서 지원 대상 도서관 수는 오히려 줄었다.',
  ),
  j(
    '이용자들의 불만도 크다. 경남의 한 도시에 사는 직장인 박모(34)씨는 "퇴근하면 7시가 넘는데, 집 근처 도서관은 6시에 문을 닫아',
    '책을 반납하려면 휴가를 내야 할 판"이라고 말했다.',
  ),
  j(
    "일부 지자체는 무인 대출 반납기와 '스마트 도서관'으로 공백을 메우고 있다. 하지만 열람실이나 강좌처럼 공간이 필요한 서비스는",
    '대신할 수 없다는 한계가 있다.',
  ),
  j(
    '전문가들은 도서관의 역할이 달라지고 있는 만큼 운영 시간도 바뀌어야 한다고 지적한다. 최근 공공도서관은 책을 빌리는 곳을 넘어',
    '청년 취업 강좌, 어르신 디지털 교육, 지역 모임 공간 등으로 쓰임이 넓어졌지만, 정작 이런 프로그램은 대부분 평일 낮에 열린다.',
  ),
  j(
    "다른 지역의 사례도 참고할 만하다. 한 중소도시는 지난해부터 주 2회 밤 10시까지 문을 여는 '달빛 도서관'을 운영하면서",
    '자원봉사자와 시간제 사서를 함께 배치했다. 운영 첫해 저녁 시간대 이용자는 하루 평균 140명으로, 시가 예상한 수치의 두 배를 넘었다.',
  ),
  j(
    '조사를 맡은 연구진은 저녁 개관 도서관이 많은 지역일수록 20~30대 회원 비율이 높다는 점도 확인했다. 지역 청년 인구가 줄어드는 상황에서',
    '도서관이 청년층과 만날 수 있는 사실상 유일한 공공시설이라는 분석도 나온다.',
  ),
  j(
    '연구소 관계자는 "야간 개관은 단순히 문을 늦게 닫는 문제가 아니라 일하는 사람들의 문화 접근권 문제"라며 "사서 인력 확충과 함께',
    '중앙정부 차원의 안정적인 예산 지원이 필요하다"고 말했다.',
  ),
];
const vGnb = ['언론사별', '정치', '경제', '사회', '생활/문화', 'IT/과학', '세계', '랭킹', '신문보기', '오피니언', 'TV', '팩트체크'];
const vReact = ['좋아요', '훈훈해요', '슬퍼요', '화나요', '후속기사 원해요'];
const vMost = ['전세 사기 피해 지원 신청, 이달 말 마감', "올해 첫 황사…주말까지 미세먼지 '나쁨'", '지역 대학 신입생 충원율 역대 최저'];
const vHtml = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${vTitle} : 네이브 뉴스</title>
<meta property="og:title" content="${vTitle}"><meta property="og:article:author" content="한빛일보 | 네이브">
<meta name="twitter:creator" content="한빛일보"><meta property="og:type" content="article">
<script type="text/javascript">var g_ssc = "news.read"; var _ARTICLE_ID = "0004412098"; var _OFFICE_ID = "421";</script></head>
<body><div id="u_skip"><a href="#ct">본문 바로가기</a></div><div id="wrap" class="end">
<header class="Ngnb"><div class="Ngnb_inner"><h1 class="Ngnb_logo"><a href="/">네이브</a><a href="/news">뉴스</a></h1>
<div class="Ngnb_tool"><a href="/login" class="Ntool_button">로그인</a></div></div>
<nav class="Nlnb"><ul class="Nlnb_menu">${links(vGnb, 'Nlist_item')}</ul></nav></header>
<div id="ct_wrap"><div id="ct" class="newsct" role="main"><div class="media_end_head go_trans">
<div class="media_end_head_top"><a href="/press/421" class="media_end_head_top_logo"><img alt="한빛일보" src="/press/421.png"></a>
<span class="media_end_head_top_channel_layer_text">한빛일보 언론사 구독하기</span></div>
<div class="media_end_head_title"><h2 id="title_area" class="media_end_head_headline"><span>${vTitle}</span></h2></div>
<div class="media_end_head_info nv_notrans"><div class="media_end_head_journalist"><a href="/journalist/421/77120" class="media_end_head_journalist_box">
<em class="media_end_head_journalist_name">윤서진 기자</em></a></div>
<div class="media_end_head_info_datestamp"><div class="media_end_head_info_datestamp_bunch"><span class="media_end_head_info_datestamp_term">입력</span>
<span class="media_end_head_info_datestamp_time _ARTICLE_DATE_TIME" data-date-time="2026-03-04 09:12:33">2026.03.04. 오전 9:12</span></div>
<div class="media_end_head_info_datestamp_bunch"><span class="media_end_head_info_datestamp_term">수정</span>
<span class="media_end_head_info_datestamp_time _ARTICLE_MODIFY_DATE_TIME" data-modify-date-time="2026-03-04 10:05:17">2026.03.04. 오전 10:05</span></div>
<a href="https://www.hanbit.example/news/articleView.html?idxno=4412098" class="media_end_head_origin_link">기사원문</a></div>
<div class="media_end_head_info_variety"><a class="media_end_head_cmtcount_button" href="#comment">댓글</a>
<button class="media_end_head_autosummary_button">요약봇</button><button class="media_end_head_fontsize_button">글자 크기 변경하기</button>
<button class="media_end_head_share_button">공유하기</button></div></div></div>
<div id="contents" class="newsct_body"><div id="newsct_article" class="newsct_article _article_body">
<article id="dic_area" class="go_trans _article_content"><strong class="media_end_summary">${vSummary.replace('\n', '<br>')}</strong><br><br>
<span class="end_photo_org"><img src="https://imgnews.pstatic.example/image/421/2026/03/04/0004412098_001.jpg" alt="">
<em class="img_desc">3일 저녁 6시께 불이 꺼진 경남의 한 공공도서관 앞. 윤서진 기자</em></span><br><br>
${vP.join('<br><br>\n')}<br><br>윤서진 기자 sjyoon@hanbit.example</article></div>
<div class="byline"><p class="byline_p"><span class="byline_s">윤서진 기자(sjyoon@hanbit.example)</span></p></div>
<p class="source_info">Copyright ⓒ 한빛일보. All rights reserved. 무단 전재 및 재배포, AI 학습 및 활용 금지.</p>
<div class="_reactionModule u_likeit"><ul class="u_likeit_layer">${vReact
  .map(
    (r) => `<li><a href="#"><span class="u_likeit_text">${r}</span>
<span class="u_likeit_list_count">0</span></a></li>`,
  )
  .join('')}</ul></div>
<div class="media_journalistcard"><a href="/journalist/421/77120"><span class="media_journalistcard_summary_name_text">윤서진 기자</span></a>
<button class="media_journalistcard_subscribe_button">구독</button><p class="media_journalistcard_summary_text">교육과 문화 정책을 취재합니다.</p></div>
<div id="cbox_module" class="u_cbox"><h5 class="u_cbox_title">댓글</h5><div class="u_cbox_notice">댓글 정책 언론사별 선택제</div>
<div class="u_cbox_write_box">댓글을 입력해주세요</div></div></div>
<aside class="newsct_aside"><div class="press_ranking_home"><h4 class="press_ranking_tit">한빛일보 헤드라인</h4>
<h4 class="press_ranking_tit">이 언론사의 많이 본 뉴스</h4><ul>${links(vMost, 'as_item')}</ul></div></aside></div></div>
<footer id="footer"><p class="footer_notice">각 언론사의 기사 내용은 해당 언론사에 책임이 있습니다.</p>
<ul>${links(['서비스 약관', '개인정보처리방침', '뉴스 고객센터', '기사배열 책임자'])}</ul><p class="footer_copy">© NAVE Corp.</p></footer></div>
<script>nclk_v2&&nclk_v2.init({sst:"news.read",aid:"0004412098"});</script></body></html>`;
const naver: TestPage = {
  name: 'heldout252-naver-news-news',
  kind: 'news',
  html: vHtml,
  title: vTitle,
  headings: [],
  body: [...vSummary.split('\n'), ...texts(vP)],
  bylines: ['윤서진 기자', '2026.03.04. 오전 9:12', '2026.03.04. 오전 10:05', '윤서진 기자 sjyoon@hanbit.example', '윤서진 기자(sjyoon@hanbit.example)'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    '본문 바로가기', '네이브', '로그인', ...long2(vGnb), '한빛일보 언론사 구독하기', '기사원문', '요약봇', '글자 크기 변경하기', '공유하기',
    '3일 저녁 6시께 불이 꺼진 경남의 한 공공도서관 앞. 윤서진 기자', 'Copyright ⓒ 한빛일보. All rights reserved. 무단 전재 및 재배포, AI 학습 및 활용 금지.',
    ...vReact, '교육과 문화 정책을 취재합니다.', '댓글 정책 언론사별 선택제', '댓글을 입력해주세요', '한빛일보 헤드라인', '이 언론사의 많이 본 뉴스', ...vMost,
    '각 언론사의 기사 내용은 해당 언론사에 책임이 있습니다.', '서비스 약관', '개인정보처리방침', '뉴스 고객센터', '기사배열 책임자', '© NAVE Corp.',
  ],
};

export const HELDOUT252_B: readonly TestPage[] = [naver, cnNews];
