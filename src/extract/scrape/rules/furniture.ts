/**
 * Site furniture, line by line: share and tool rows, menus and breadcrumbs, cookie and consent
 * notices, copyright and footer lines, sign-up, app, follow and feedback prompts, ads, tags lines.
 * A line these rules accept is the page's, never the article's.
 * Each rule looks at a kind of line, never at one site's wording, so it holds across
 * sites and languages.
 */
import { anyOf } from "../../../core/patterns";
import { hasCalendarDate } from "../../dates";
import { endsLikeSentence } from "../internal/units";
import { COUNTED_READING_TIME, LABELLED_READING_TIME, looksLikePersonName } from "./bylines";
import { isPhotoCopyright } from "./captions";
import { isAffiliateDisclosure } from "../vocabulary";
import { memoizedByLine } from "./line-memo";
import { holds, mayHold, word, words } from "./substrings";

// Words of share rows and site chrome ("Menu Search Sign in"): a line made only
// of these is furniture.
const SHARE_WORDS = new Set([
  "menu", "search", "sign", "in", "log", "login", "logout", "account", "register", "subscribe", "newsletter",
  "edition", "navigation", "line", "vk", "weibo", "wechat", "kakao",
  // The networks' icons as a text dump prints them: Facebook's "f", the envelope, the link.
  "f", "✉", "✉️", "🔗",
  "share", "shares", "tweet", "facebook", "twitter", "x", "whatsapp", "email", "e-mail", "mail", "print",
  "linkedin", "reddit", "pinterest", "telegram", "messenger", "copy", "link", "copy link", "comments", "correo", "courriel", "e-mail",
  "copier", "lien", "copiar", "enlace", "copia", "kopieren",
  // "Correo electrónico", "Courrier électronique", "E-posta": e-mail spelt out.
  "electrónico", "eletrónico", "eletrônico", "électronique", "courrier", "correio", "e-posta", "sähköposti", "e-post", "epost",
  "comment", "save", "gift", "listen", "pocket", "flipboard", "sms", "bluesky", "threads", "mastodon", "share this",
  "share this article", "share on facebook", "share on twitter", "share on x", "share via email",
  // The same buttons in the scripts whose pages print them as words: Thai, Korean, Japanese, Chinese, Hebrew, Bengali, Hindi, Arabic, Persian.
  "แชร์", "คัดลอกลิงก์", "공유", "공유하기", "스크랩", "인쇄", "シェア", "ツイート", "印刷", "分享", "列印", "打印", "שתפו", "שיתוף", "הדפסה",
  "শেয়ার", "লিংক", "কপি", "शेयर", "مشاركة", "طباعة", "اشتراک", "چاپ",
  // The buttons' verbs with their little words, as French, Spanish and German rows spell them ("Envoyer par email", "Compartir en Whatsapp").
  "envoyer", "partager", "copier", "par", "le", "compartir", "en", "teilen", "condividi", "compartilhar", "delen",
  // Share and save in the Nordic languages, Dutch, Polish and Czech ("Del", "Lagre", "Bewaar", "Udostępnij", "Uložit").
  "del", "dela", "deel", "gem", "lagre", "spara", "bewaar", "udostępnij", "zapisz", "sdílet", "uložit", "merken", "speichern", "x.com",
  // ... and in Danish, Romanian, Slovak, Hungarian and Turkish, with the words they set between ("Del på Facebook", "Distribuie pe X").
  "på", "distribuie", "pe", "zdieľať", "uložiť", "megosztás", "paylaş", "na", "bookmark",
  // Sending by mail in the Nordic languages ("Send på mail", "Dela via e-post", "Mejla").
  "send", "via", "e-post", "epost", "mejla",
  // Russian and Ukrainian rows, with their networks ("Поделиться:" / "ВКонтакте" / "Одноклассники").
  "поделиться", "поделитесь", "поділитися", "вконтакте", "одноклассники", "ok", "дзен", "viber", "skype",
  // Chinese rows: "分享到：" / "微信" / "微博" / "QQ空间" / "复制链接".
  "分享到", "分享至", "微信", "微博", "qq空间", "qq", "朋友圈", "复制链接", "複製連結",
  // Hindi rows: "शेयर करें:" / "फेसबुक" / "ट्विटर" / "व्हाट्सऐप" / "लिंक कॉपी करें".
  "करें", "फेसबुक", "ट्विटर", "व्हाट्सऐप", "व्हाट्सएप", "कॉपी", "लिंक",
  // Vietnamese and Indonesian rows: "Chia sẻ" / "Zalo" / "Sao chép liên kết", "Bagikan" / "Salin tautan".
  "chia", "sẻ", "zalo", "sao", "chép", "liên", "kết", "bagikan", "salin", "tautan",
  // Filipino rows: "I-share" / "Messenger" / "Viber".
  "i-share", "ibahagi",
]);

const COPYRIGHT =
  /©|\(c\)\s*\d{4}|^copyright\b|\ball rights reserved\b|\btous droits réservés\b|\balle rechte vorbehalten\b|\btodos los derechos reservados\b|\btutti i diritti riservati\b|\btodos os direitos reservados\b|無断転載|版权所有|版權所有|무단\s?전재|جميع الحقوق محفوظة|(?:تمامی|کلیه)\s+حقوق\s.{0,60}محفوظ/i;

/** A site's ban on reprinting its articles, in the languages that print one under each article (a kind of copyright line). */
export const REPRINT_BAN = /무단\s?전재|재배포\s?금지|未经(?:授权|许可)[，,]?\s*不得转载|禁止转载|無断転載|無断複製/u;

/** A copyright notice: the page's footer starts here. */
export function isCopyrightLine(line: string): boolean {
  return line.length <= 400 && isSiteNotice(line);
}

/** The site's copyright notice, not a photo's © credit. */
function isSiteNotice(line: string): boolean {
  return mayHold(line, COPYRIGHT_WORDS) && MAY_BE_COPYRIGHT.test(line) && COPYRIGHT.test(line) && !isPhotoCopyright(line);
}


// Furniture that can stand anywhere and be of any length: "Powered by", the copyright line, a cookie notice.
// "… we use technologies like cookies to store and/or access device information" (a common consent plugin's wording).
const COOKIE_NOTICE =
  /\b(we use|(this )?(web)?site uses|uses) cookies\b|\btechnologies (?:like|such as) cookies\b|\bcookies? (policy|settings|preferences|consent|notice)\b|\b(accept|allow|consent to|agree to)( all)? cookies\b|\b(?:consent|agree) to (?:our|the) use of cookies\b|\bby continuing\b.*\b(cookies|agree)|^(?:wir (?:verwenden|nutzen)|(?:diese )?(?:web)?seite (?:verwendet|nutzt)|nous utilisons des|ce site (?:web )?utilise des|utilizamos|usamos|este (?:sitio|site)(?: web)? (?:utiliza|usa)|utilizziamo(?: i)?|usiamo(?: i)?|questo sito (?:web )?utilizza(?: i)?|wij gebruiken|deze (?:web)?site gebruikt|мы используем(?: файлы)?) cookies?(?![\p{L}])/iu;

/** An ad's label, or the line an ad leaves in the article: "Advertisement", "Anzeige", "Story continues below advertisement". */
// Set between dashes too, as WordPress news themes print it: "- Advertisement -".
const AD_LABEL = /^(?:[-–—]\s*)?(advertisement|advertising|sponsored( content)?|ad|anzeige|werbung|publicité|publicidad|publicidade|pubblicità|advertentie|reklama|reklame|reklam|annons|annonse|annonce|pub|mainos|iklan|quảng cáo|реклама|tangazo|publicitate|hirdetés|פרסומת|اشتہار|விளம்பரம்|patalastas|διαφήμιση|διαφημιση|विज्ञापन|إعلان|تبلیغات|广告|廣告|広告|광고|スポンサーリンク|sponsored links?)(?:\s*[-–—]|\s+\d{1,2})?$/i;
const AD_LEFTOVER =
  /^(?:scroll to continue(?: with content| reading)?|(?:the )?(?:story|article|text) continues (?:below|after)(?: (?:this|the))?(?: (?:advertisement|advert|ad))?|haberin devam[ıi]|dalszy ciąg artykułu pod (?:materiałem wideo|reklamą)|dalsza część (?:artykułu|tekstu) (?:pod|poniżej) (?:materiałem wideo|reklamą|wideo)|advertisement\s*[-–—:·•|]\s*(?:scroll|continue)(?: reading)?(?: to continue| below)?|continue reading (?:below|the main story|the rest of the (?:story|article)|after (?:the )?(?:ad|advertisement))|skip (?:advertisement|advert|ad)|(?:recommended|related) videos?|read the full (?:story|article)(?: here)?\.?|weiterlesen nach der anzeige|(?:la )?suite (?:après|de l'article après) (?:la|cette) publicité|continúa (?:leyendo )?(?:después|tras) (?:la|el) (?:publicidad|anuncio)|continua (?:a leggere )?dopo la pubblicità|continua (?:após a|depois da) publicidade)$/i;

/** An ad label or leftover line, wherever it stands in the article. */
export function isAdLabel(line: string): boolean {
  return line.length <= 100 && (AD_LABEL.test(line) || AD_LEFTOVER.test(line));
}

/**
 * A paywall's prompt where the text stops: "This article is available to subscribers only.", "Already a
 * subscriber? Log in", "Il vous reste 72% de cet article à lire. La suite est réservée aux abonnés.", "有料会員の方のみご利用になれます" (for paying members only).
 */
// "Cet article vous a été offert par …": a gifted article's note.
const PAYWALL_PROMPT =
  /^(?:有料会員になると.{0,80}|この記事は有料会員(?:限定|向け).{0,60}|ten artykuł czytasz w ramach płatnej subskrypcji\.?|cet article vous (?:a été|est) offert par\b.{0,60}|this (?:article|story|content|post) is (?:only )?(?:(?:available|reserved|exclusive) )?(?:to|for) (?:paying )?(?:subscribers|members)(?: only)?(?:\.\s*(?:sign in|log in|subscribe)\b.{0,60})?|already (?:a (?:paid )?subscriber|a member|have an account)\?.{0,30}|keep reading with a \d{1,2}-day free trial\.?|subscribe (?:now )?to (?:read|continue reading|keep reading|unlock)\b.{0,50}|(?:to )?continue reading,? .{0,40}subscri.{0,40}|dieser (?:artikel|beitrag|inhalt) ist (?:nur )?(?:für|exklusiv für) (?:abonnenten|abonnentinnen|abonnent\*innen).{0,20}|(?:cet article est|article) réservé aux abonnés(?:\.\s*il vous reste .{1,12} à (?:lire|découvrir))?|(?:il vous reste .{1,12} de cet article à lire\.?\s*)?la suite est réservée aux abonnés|il vous reste \d{1,3}\s?% (?:de cet article )?à (?:lire|découvrir)\b.{0,60}|(?:jetzt )?weiterlesen mit .{1,30}|lesen sie jetzt weiter mit .{1,40}|déjà abonné\s?\?.{0,30}|s['’]abonner|you(?:['’]ve| have) reached (?:your|the) (?:limit|maximum)\b.{0,100}|you have (?:\d+|one|two|three) free (?:articles?|stories|reads?) (?:left|remaining)\b.{0,100}|subscribe (?:now )?for unlimited (?:digital )?access\b.{0,40}|(?:este )?(?:contenido|artículo) (?:es )?exclusivo para suscriptores|conteúdo exclusivo para assinantes|(?:questo )?articolo (?:è )?riservato agli abbonati|(?:この記事は)?(?:有料)?会員(?:限定(?:記事)?(?:です)?|の方のみ(?:ご利用|お読み|閲覧)(?:に)?なれます|の方のみ(?:ご覧|お読み)いただけます)。?|(?:この記事の)?続きを読むには.{0,20}(?:会員登録|ログイン|購読).{0,15}|(?:この記事は)?有料記事です。?(?:残り\d{1,6}文字(?:あります)?。?)?|有料会員になると(?:この記事の)?続きを(?:お読み|ご覧)いただけます。?|会員の方はログイン|今すぐ登録（初月無料）)[.!]?$/i;

/** A call to follow the site on a messenger or a news app (FOLLOW_PROMPT), its blurb running on or not. */
export function isFollowPrompt(line: string): boolean {
  return line.length <= 400 && (FOLLOW_PROMPT.test(line) || (line.length <= 40 && JAPANESE_FOLLOW.test(line)));
}

/** "この記事が気に入ったらフォローしよう" (liked it? follow us), "フォローする", "Xでフォロー": a Japanese blog's follow box and buttons. */
const JAPANESE_FOLLOW = /^(?:この記事が気に入ったら.{0,20}(?:フォロー|いいね).{0,10}|[\p{L}\d@_.]{0,20}(?:で|を)?フォロー(?:する|しよう|してね|お願いします)?[!！]?)$/u;

/**
 * A newsletter platform's own lines in the post (Substack's): "Local Ledger is a reader-supported publication. To
 * receive new posts and support my work, consider becoming a free or paid subscriber.", "Thanks for reading Local
 * Ledger! This post is public so feel free to share it."
 */
const NEWSLETTER_PLATFORM_PROMO = /\bis a reader-supported publication\b|^Thanks for reading [^!?.]{1,80}[!.]\s*(?:This post is public|Subscribe for free)/;

/** A newsletter platform's own line (NEWSLETTER_PLATFORM_PROMO), for the Markdown a platform exports too. */
export function isNewsletterPlatformPromo(line: string): boolean {
  return line.length <= 240 && (line.includes("reader-supported") || line.startsWith("Thanks for reading")) && NEWSLETTER_PLATFORM_PROMO.test(line);
}

/** The words of a post's buttons, a link alone in its paragraph: "Share", "Leave a comment", "Subscribe now". */
export const BUTTON_LABEL = /^(?:share|share this post|leave a comment|comment|comments|reply|like|subscribe now|give a gift subscription|restack|teilen|partager|compartir|condividi|kommentieren|commenter|comentar)$/i;

/** A paywall's prompt (PAYWALL_PROMPT), wherever it stands. */
export function isPaywallPrompt(line: string): boolean {
  return line.length <= 160 && PAYWALL_PROMPT.test(line);
}

/** A gallery's counter: "3 / 12", "3 of 12". */
export const GALLERY_COUNTER = /^\d{1,3}\s*(?:\/|of|von|de|di|av|af|из)\s*\d{1,3}$/i;

/** A teaser's share count: "This story has been shared 44,976 times. 44,976" (furniture, and a related list reads on past it). */
export const SHARE_COUNT = /^this (?:story|article|post) has been shared [\d,.]+ times\.?(?:\s+[\d,.]+)?$/i;

/** A table of contents' own title ("Table of Contents", "Indice dei contenuti", "Spis treści"), with its toggle ("Contents [hide]"). */
const CONTENTS_LABEL =
  /^(?:table of contents|contents|quick list|jump to(?: section)?|in this (?:article|explainer|guide|story|post)|on this page|spis treści|inhaltsverzeichnis|sommaire|table des matières|índice|indice|indice dei contenuti|sommario|índice de contenidos|tabla de contenidos?|índice do conteúdo|inhoudsopgave|içindekiler|содержание|зміст|obsah|tartalomjegyzék|innehållsförteckning|indholdsfortegnelse|innholdsfortegnelse|sisällysluettelo|mục lục|daftar isi|目次|目录|目錄|목차)(?:\s*\[?\s*(?:hide|show|toggle|ukryj|pokaż|ausblenden|masquer|ocultar|mostrar|nascondi)\s*\]?)?$/iu;

/** Whether the line is a table of contents' own title. */
export function isContentsLabel(line: string): boolean {
  return line.length <= 40 && CONTENTS_LABEL.test(line);
}

// Furniture recognised by how a short line starts; a long line is prose.
/** A pager's or a gallery's buttons, in the languages the furniture rules read: each alone, or the two on one line. */
const PAGER_PREVIOUS = "previous|prev|zurück|précédent|anterior|precedente|vorige";
const PAGER_NEXT = "next|weiter|suivant|siguiente|próximo|successivo|volgende";

const BOILERPLATE_SHORT: RegExp[] = [
  AD_LABEL,
  AD_LEFTOVER,
  // A player's fallback text, which a scrape keeps where the audio or video stood.
  /^(?:your browser does not support (?:the )?(?:audio|video|html5 (?:audio|video)|this (?:audio|video))(?: (?:element|tag|player))?|ihr browser unterstützt (?:das |kein(?:e|en)? )?(?:html5[- ]?)?(?:audio|video)[\p{L}-]*(?: element)?(?: nicht)?|votre navigateur ne (?:supporte|prend) pas (?:en charge )?(?:l['’]élément |la balise )?(?:audio|vidéo|video)|tu navegador no (?:soporta|admite) (?:el elemento |la etiqueta )?(?:de )?(?:audio|vídeo|video)|o seu navegador não suporta (?:o elemento )?(?:de )?(?:áudio|vídeo)|il tuo browser non supporta (?:l['’]elemento )?(?:audio|video))\.?$/iu,
  /^(subscribe|sign up|sign in|log in|register)\b/i,
  /^follow us\b|^follow @|^like us on\b|^join us on\b/i,
  /^(click|tap) here\b/i,
  /^(skip to (main )?content|back to top|top of page|menu|search|home|close|loading\.*|print this page|leave a comment|comments?( \(\d+\))?|\d+ comments?)$/i,
  // A view counter: "3,482 views", "👁 4 318", "เข้าชม 3,482 ครั้ง", "Просмотров: 1 204".
  /^(?:👁\s*[\d\s.,]+|[\d\s.,]*\d\s*(?:views?|lượt xem|visualizaciones|visualizações|aufrufe|vues|visualizzazioni|просмотр(?:ов|а)?|görüntülenme)|(?:views?|เข้าชม|ยอดวิว|lượt xem|просмотров|visualizações|aufrufe|görüntülenme)\s*[:：]?\s*[\d.,\s]*\d(?:\s*ครั้ง)?)$/iu,
  // A gallery's or a pager's buttons alone: "Previous" / "Next", "View fullscreen"; or both on one line ("Previous Next").
  new RegExp(`^(?:${PAGER_PREVIOUS}|${PAGER_NEXT}|(?:view |open )?full ?screen|vollbild(?:modus)?|plein écran|pantalla completa|tela cheia|schermo intero)$`, "i"),
  new RegExp(`^(?:${PAGER_PREVIOUS})\\s*[|/·•]?\\s*(?:${PAGER_NEXT})$`, "i"),
  // "Back to Top ▲": with its arrow.
  /^(?:back to top|top of page)\s*[▲↑⬆^△]$/i,
  // A search engine's cached copy's header around the page: "Full version", "Text-only version", "View source", its tip.
  /^(?:full version|text-only version|view source|tip: to quickly find your search term on this page\b.{0,80})$/i,
  /^(about us|contact us|privacy policy|terms of (use|service)|disclaimer|sitemap)$/i,
  // A footer's privacy links: "Terms and Privacy Policy", "Privacy Dashboard", "Your Privacy Choices", "Do Not Sell or Share My Personal Information".
  // A masthead's link to the print replica: "Today's e-Edition", "e-Edition", "Today's Paper".
  /^(?:today['’]s )?e-?edition$|^today['’]s paper$/i,
  /^(?:terms and privacy policy|privacy dashboard|your privacy choices|do not sell (?:or share )?my personal information|cookie preferences|accessibility statement)$/i,
  // A blog theme's share buttons, as their labels read: "Click to email a link to a friend (Opens in new window)", "Click to share on X".
  /^click to (?:share|email|print|tweet|pin)\b.{0,60}$/i,
  // A consent box's heading and buttons, in words no article line is made of alone: "We value your
  // privacy", "MORE OPTIONS", "Accept all", "Alle akzeptieren" ("Agree" alone may be a poll's answer).
  /^(?:we (?:value|care about|respect) your privacy|ihre privatsphäre ist uns wichtig|votre vie privée (?:est importante|compte)|tu privacidad es importante|la tua privacy è importante|manage (?:consent|cookies|preferences|options|settings)|cookie (?:settings|preferences)|zarządzaj zgodą|gérer le consentement|einwilligung verwalten|zustimmung verwalten|gestionar (?:el )?consentimiento|gerir (?:o )?consentimento|gerenciar consentimento|gestisci (?:il )?consenso|toestemming beheren|accept (?:all(?: cookies)?|cookies)|reject all(?: cookies)?|decline all|more options|alle akzeptieren|alle ablehnen|tout accepter|tout refuser|accepter et fermer|continuer sans accepter|aceptar (?:todo|todas)|rechazar todo|accetta tutto|rifiuta tutto|alles accepteren|aceitar (?:tudo|todos)|rejeitar tudo)$/i,
  // ... and in more languages: "Your privacy is important to us", "Accept additional cookies", "Tillad alle", "Přijmout vše"
  // (buttons of two words or more: "Elfogadom", "I accept", may be an answer in a story).
  /^(?:your privacy is important to us|η ιδιωτικότητ[αά] σας είναι σημαντικ[ηή] για εμ[αά]ς|twoja prywatność jest dla nas ważna|vaše soukromí je pro nás důležité|(?:accept|reject) (?:additional|optional|analytics) cookies|view cookies|tillad alle|afvis alle|tilpas indstillinger|acceptera alla|godkänn alla|godta alle|hyväksy kaikki|přijmout vše|odmítnout vše|prijať všetko|zaakceptuj wszystkie|összes elfogadása|tümünü kabul et|περισσότερες επιλογές)$/iu,
  // "Cookies on GOV.UK": the box's heading names the site by its address (not "Cookies on Trial").
  /^Cookies on (?:the )?(?:[\p{L}\d-]+\.)+\p{L}{2,}$/u,
  // A review page's shop rows: "$249 at Amazon", "Aurora X2: £449 at Amazon", "Today's best … deals", "View Deal", "Why you can trust …".
  // The product's name before a colon or a dash: "Hive Active Heating 2 – £179 at Amazon"; "View all deals"; "We check over 250 million products…".
  /^(?:[^:]{2,40}(?::|\s[-–—])\s*)?(?:[$£€¥]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|zł|kr|kč))\s+(?:at|@|bei|chez|en|su|na)\s+\p{Lu}[\p{L}\d .&'’-]{1,30}$|^today'?s best .{1,60} deals?$|^(?:view|see|check) (?:deal|deals|all deals|price|prices|all prices)\b.{0,30}$|^we check over [\d,.]+\s?(?:million|billion|m|bn)? products\b/iu,
  // A laid-out page's image placeholder (w3m's "[saint-malo]", an image's file name in lower case), a media player's clock
  // ("00:00", "16:08"), an update with its clock alone ("Laatste update: 09:48").
  /^\[[a-z0-9][a-z0-9._-]{0,39}\]$/,
  // What an embedded post leaves in the text: its label and its link ("Publicación de X", "Ver en X"). (Its author's handle alone
  // is left to the rules that read a writer's box, where a handle stands under the name.)
  /^(?:(?:view|ver|voir|visualizza|bekijk|zobacz) (?:(?:it |this post |the post )?(?:on|en|sur|su|no|na|op|w) )?(?:x|twitter|instagram|threads|bluesky|facebook|tiktok|youtube)|(?:auf|in) (?:x|twitter|instagram|threads|bluesky|facebook|tiktok|youtube) ansehen|(?:post on|publicación de|publicação d[eo]|publication|beitrag auf|post su) (?:x|twitter|instagram|threads|bluesky))$/i,
  // A form's button as a text browser labels it ("(BUTTON) View the gallery full screen"): a control.
  /^\(BUTTON\)\s/,
  /^\d{1,2}:\d{2}(?::\d{2})?$|^(?:last updated?|updated(?: at)?|laatste update|dernière mise à jour|última actualización|letzte aktualisierung|ultimo aggiornamento|actualizado(?: às| a las)?|atualizado(?: às)?|τελευταία ενημέρωση|opdateret(?: kl\.?)?|oppdatert(?: kl\.?)?|frissítve|aktualizováno|ažurirano)\s*:?\s*\d{1,2}[:.h]\d{2}$/iu,
  // An Instagram embed's own lines, as its script-less fallback prints them: "View this post on Instagram",
  // "A post shared by City Zoo (@cityzoo)", in the languages Instagram writes them.
  /^(?:view this post on instagram|visualizza questo post su instagram|ver esta publicación en instagram|voir cette publication sur instagram|diesen beitrag auf instagram ansehen|bekijk dit bericht op instagram|ver essa publicação no instagram|ver esta publicação no instagram|zobacz ten post na instagramie)$|^(?:a post shared by|un post condiviso da|una publicación compartida por|une publication partagée par|ein beitrag geteilt von|een bericht gedeeld door|uma publicação compartilhada por|post udostępniony przez)\s/i,
  // A table of contents' own title, as plugins print it over the list ("Table of Contents", "Spis treści", "Inhaltsverzeichnis"),
  // with its toggle ("Contents [hide]").
  CONTENTS_LABEL,
  // The read-aloud button in the languages of the text: "Lyt til artiklen", "Posłuchaj artykułu", "Artikel anhören (11 Minuten)".
  /^(?:lyt til artiklen|lytt til (?:saken|artikkelen)|lyssna på artikeln|posłuchaj artykułu|lees voor|artikel (?:anhören|vorlesen)|écouter (?:l['’])?article|escuchar (?:el )?artículo|ascolta (?:l['’])?articolo|ouvir (?:o )?artigo|poslechnout článek|kuuntele artikkeli)(?:\s*\(\d{1,3}\s*\p{L}{0,10}\))?$/iu,
  // A TV station's note on the video player beside the text: "Video above: City officials held a news conference …".
  /^(?:video|watch|related video) (?:above|below)\s*[:：|–—-]/i,
  // A blog's furniture: WordPress's "Like this:" row, "Post navigation", links to the posts either side.
  /^(like this:|like loading\.*|post navigation|posts navigation)$/i,
  /^[←«‹]?\s*(previous|next|older|newer) (post|article|story|entry)\b/i,
  // A hand-made page's link back, an arrow before it: "← Home", "« Back to the blog".
  /^[←«‹]\s*(?:home|back(?: to [\p{L} ]{1,30})?|index|all (?:posts|articles|stories)|blog)$/iu,
  /^share (this|on|via)\b/i,
  /^(tags?|topics?)\s*:/i,
  /^(?![\s★☆⭐✩✪✫✬✭✮✯½]+$)[\p{P}\p{S}\s]+$/u, // a line of only punctuation or symbols (dividers; not a rating's stars, "★★★★☆")
  GALLERY_COUNTER,
  SHARE_COUNT,
  // An article's buttons in more languages: share on a network, copy the link, save it, send it by e-mail.
  /^(?:sdílet|deel|dela|del|udostępnij|paylaş|condividi(?: su)?|compartir|compartilhar|partager|teilen|share|megosztás|comparteix) (?:na|op|på|on|en|no|sur|auf|via|su|w|em|a) \p{L}{1,12}$|^(?:kopírovat odkaz|kopiera länk|kopieer (?:de )?link|kopiuj link|skopiuj link|copiar (?:el )?(?:enlace|link)|copier le lien|link kopieren|copia (?:il )?link|bağlantıyı kopyala|скопировать ссылку)$|^(?:uložit článek|spara artikel|artikel opslaan|zapisz artykuł|guardar artículo|salva (?:l['’])?articolo|enregistrer l['’]article|artikel speichern|salvar (?:o )?artigo)$|^(?:invia per (?:e-?mail)|enviar por (?:e-?mail|correo)|envia per correu(?: electrònic)?|blogthis!|per e-?mail senden|envoyer par e-?mail|wyślij e-?mailem|e-?posta ile gönder|verstuur per e-?mail|skicka (?:som|via) e-?post)$/iu,
  // A writer's card: the day they joined the site, its label alone or with the date ("Joined", "Member since March 2021").
  /^(?:joined|member since|mitglied seit|membre depuis|miembro desde|membro desde|lid sinds|iscritto dal)(?:\s*:?\s+(?:on\s+)?(?:\p{L}{3,9}\.?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?[,.]?\s+)?(?:\p{L}{3,9}\.?\s+)?\d{4})?$/iu,
  // The desk editor's initials closing a story after a slash, as Philippine papers print them ("/atm", "/cb").
  // (Not a directory's name, "/etc", "/usr", listed in a tutorial.)
  /^\/(?!(?:etc|usr|tmp|dev|bin|var|opt|lib|srv|mnt|sys|run|home|proc|boot|root|sbin|media)$)[a-z]{2,4}$/,
  // A feature's length in words beside its byline ("2,900 words").
  /^\d{1,3}(?:[,. \u00a0]\d{3})*\s+(?:words|mots|wörter|palabras|parole|palavras)$/i,
  LABELLED_READING_TIME,
  COUNTED_READING_TIME,
  // A Chinese article's closing fields: its desk editor, proofreader, tip line, and its reprint notice.
  /^[（(]?(?:责任编辑|責任編輯|校对|校對|审核|審核|编辑|編輯|报料|報料|澎湃新闻报料)[:：].{1,30}$|^.{0,20}未经(?:授权|许可)[，,]?\s*不得转载.{0,10}$|^(?:原标题|原標題)[:：].{1,120}$/u,
  // The newsroom's call for tips under a story: "Have a news tip? Email us at …", "Got a story idea? Contact the newsroom …".
  /^(?:have a (?:confidential |news )?tip|got a (?:confidential |news )?(?:tip|story(?: idea)?)|know something we should know)\?.{0,90}$/i,
  // Or its address alone: "Contact the newsroom at islands@example.com", "Contactez la rédaction : redaction@…", "Kontakt zur Redaktion: …".
  /^(?:(?:contact|e-?mail|write to|reach) (?:the )?(?:newsroom|news ?desk|editors?|editorial team|us)|contactez la rédaction|écrire à la rédaction|kontakt zur redaktion|schreiben sie der redaktion|contacta(?:r)? (?:con )?la redacción|scrivi alla redazione|contate a redação)\s*(?:at|à|an|:|：)?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?$/iu,
  // A multi-page article's pager: "Page 1 of 3", "Next page", "Seite 2 von 4".
  /^(?:page|pagina|página|seite|strona|sayfa|страница|sivu|oldal)\s+\d{1,3}\s*(?:of|de|di|von|z|из|\/)\s*\d{1,3}$|^(?:[←«‹]\s*)?(?:next|previous|prev) page(?:\s*[→»›])?$|^(?:nächste|vorherige) seite$|^page (?:suivante|précédente)$|^página (?:siguiente|anterior)$/i,
  PAYWALL_PROMPT,
  // An embedded video's label, alone or over a bar: "VIDEO | Así fue la rueda de prensa", "Guarda il video" (the player is
  // not in the text; its label is no sentence of the article). "Vídeo: motorista é flagrado…" and "VIDEO. Tempête…" are
  // headlines, "Video-Beweis sorgt für Ärger" a subheading: they stay.
  /^(?:video|vídeo|vidéo|видео|βίντεο|βιντεο|wideo|videó|guarda il video|watch (?:the )?video|ver (?:el )?vídeo|veja (?:o )?vídeo|regardez la vidéo)(?:\s*\|\s*.{0,90})?$/iu,
  // An article's tool buttons, as their labels read alone: gift, save, listen.
  /^(?:offrir (?:cet|l['’]) ?article|ajouter à (?:vos|mes) (?:sélections|favoris)|lire plus tard|écouter(?: cet article| l'article)?|listen to (?:this|the) (?:article|story)(?:\s*[·•|–—-]\s*\d{1,3} ?min(?:utes?)?)?|save this (?:story|article)|republish(?: this (?:story|article))?|artikel (?:anhören|verschenken|merken)|zur merkliste hinzufügen|ascolta l'articolo|escuchar (?:la )?(?:noticia|nota)|bookmark|save for later|drucken|imprimer|stampa|ouvir (?:a )?(?:matéria|reportagem)|слушать)$/iu,
  // An audio player's controls and a save or comments button: "0:00 / 31:12", "1x", "BeyondWords", "Ver comentarios", "Guardar".
  /^(?:\d{1,2}:\d{2} \/ \d{1,2}:\d{2}|[12](?:[.,]\d{1,2})?x|beyondwords|ver comentarios|ver \d+ comentarios|ir a (?:los )?comentarios|guardar|ouvir|ouvir (?:a )?(?:matéria|notícia)|lyssna|kuuntele)$/iu,
  // A code block's toolbar and an embedded gist's footer: "Enter fullscreen mode", "view raw app.mjs hosted with ❤ by GitHub".
  /^(?:(?:enter|exit) fullscreen mode|view raw\b.{0,80}\bhosted with\b.{0,12}\bby github)$/i,
  // A video player's controls alone, as a scrape keeps their labels: "Play", "Mute", "Captions", "WATCH"; Greek "Αναπαραγωγή", "Πλήρης οθόνη".
  /^(?:play|pause|mute|unmute|captions|closed captions|subtitles|replay|watch|αναπαραγωγή|παύση|σίγαση|πλήρης οθόνη|υπότιτλοι|wiedergabe|stummschalten|untertitel|reproducir|silenciar|subtítulos|riproduci|sottotitoli|reproduzir|legendas)$/iu,
  // A player's and a gallery's leftovers, a copy button's answer: "Loading the player...", "View gallery", "Link copied", "Story continues".
  /^(?:loading (?:the )?(?:player|video)\.*|view (?:the )?gallery|link copied!?|story continues)$/i,
  // A blog engine's trackback section: "TrackBack URL for this entry:", "Listed below are links to weblogs that reference …".
  /^trackback url for this entry:?$|^listed below are links to (?:weblogs|blogs|sites) that reference\b.{0,80}$/i,
  // A photo's own buttons, as newspaper templates print them beside the caption: "Buy Photo", "Hide Caption", "Show Caption",
  // laid out "Buy Photo (BUTTON) Hide Caption".
  /^(?:buy (?:this )?photo|(?:hide|show) caption|enlarge(?: this)? (?:photo|image)|click (?:to|here to) enlarge|(?:view|see) (?:larger|full[- ]size|full|more)(?: (?:image|photo|picture))?|expand (?:image|photo)|(?:image|photo|picture)s?\s*:)(?:\s*(?:\(BUTTON\)\s*)?(?:buy (?:this )?photo|(?:hide|show) caption))?$/i,
  // A trending bar: its label, then the topics' names run together, each capitalised ("Trending News Wildfires Virus
  // Outbreak Election 2020 Hurricane Sally", "Hot Topics: Budget Brexit NHS").
  // No function word among the topics: "Trending Now TikTok Dances Take Over College Campuses" is a headline in title case.
  /^(?:Trending(?: News| Now| Topics)?|TRENDING(?: NEWS| NOW| TOPICS)?|Hot Topics|HOT TOPICS|Popular Topics)\s*:?(?:\s+(?!(?:For|In|On|Of|The|A|An|And|To|At|By|With|From|Over|Take|Takes|Is|Are|Dominate|Dominates)\b)(?:\p{Lu}[\p{L}\d&'’.-]*|\d{4})){3,12}$/u,
  // A live blog's controls: "Show key events only Refresh", laid out "[ ] Show key events only (BUTTON) Refresh 3 new updates",
  // "Pinned", "Pinned post".
  /^(?:\[ ?\]\s*)?show key events only(?:\s*(?:\(BUTTON\)\s*)?refresh(?:\s+\d{1,3} new updates?)?)?$|^pinned(?: post)?$|^\d{1,3} new updates?$|^(?:show|load|see) (?:the )?(?:latest|more|newer|older|new) (?:updates|posts|entries)$/i,
  // A third-party embed's consent box, as broadcasters print it round a post they do not load until the reader allows it:
  // "Skip Twitter post, 1", "Allow Twitter content?", "End of Twitter post, 1", "Saltar Twitter publicación, 1"; a player's
  // and a gallery's labels: "Media playback is unsupported on your device", "Slideshow (2 Images)".
  /^(?:skip|end of) (?:twitter|x|instagram|youtube|facebook|tiktok|bluesky) (?:post|content|video)(?:,? \d{1,2})?$|^allow (?:twitter|x|instagram|youtube|facebook|tiktok|bluesky) content\??$|^(?:saltar|final de) (?:twitter|x|instagram|youtube|facebook|tiktok) (?:publicación|contenido|video)(?:,? \d{1,2})?$|^¿?permitir (?:el )?contenido de (?:twitter|x|instagram|youtube|facebook|tiktok)\??$|^media playback is unsupported on your device$|^slideshow \(\d{1,3} images?\)$/iu,
  // A sign-up form's answers, printed with the box, hidden until it is sent: "Thank you for subscribing", "Invalid Email",
  // "A welcome email is on its way", "We encountered an issue signing you up", "Something went wrong, please try again later."
  /^(?:thank(?:s| you) for (?:subscribing|signing up)[.!]?|invalid e-?mail(?: address)?[.!]?|something went wrong,? please try again(?: later)?[.!]?)$|^a welcome e-?mail is on its way\b|\b(?:issue|problem|error) signing you up\b/i,
  // A video player's states and buttons, one or several to a line: "Video Loading Video Unavailable", "Click to play Tap to
  // play", "Play now", and its countdown to the next clip ("The video will auto-play soon8Cancel").
  /^(?:(?:video (?:loading|unavailable)|(?:click|tap) to play|play now)\s*)+$|^the video will auto-?play (?:soon|in \d+ seconds?)\s*\d*\s*cancel$/i,
  // An e-mail newsletter's own furniture, as it reads pasted from the mail: "View this email in your browser",
  // "Forward to a friend | Update preferences | Unsubscribe", "You are receiving this email because …".
  /^(?:view (?:this (?:email|e-mail|newsletter) )?(?:in|on) (?:your|a|the) (?:browser|web)(?:\s*[:<(]?\s*https?:\/\/\S+?[>)]?)?|view in browser|view online|our mailing address is:?|want to change how you receive these e-?mails\?|you can update your preferences or unsubscribe from this list\.?|you (?:are|were) receiving this e-?mail because\b.{0,160}|(?:forward to a friend|update (?:your )?preferences|unsubscribe)(?:\s*\|\s*(?:forward to a friend|update (?:your )?preferences|unsubscribe|view in browser))*)$/i,
  // A recipe card's buttons and rating, as recipe plugins print them: "Jump to Recipe Print Recipe", "Pin Recipe",
  // "4.94 from 142 votes" (in other languages too: "4,9 dari 127 penilaian", "4,8 von 56 Bewertungen"), "Tried this recipe? Let us
  // know how it was!", "Recipe Rating".
  /^(?:(?:jump to|print|pin|save|rate this) recipe\s*)+$|^\d(?:[.,]\d{1,2})? (?:from|dari|von|de|su|van|z) \d{1,6} (?:votes|ratings|reviews|penilaian|ulasan|suara|bewertungen|stimmen|avis|valoraciones|votos|voti|stemmen|beoordelingen|ocen|głosów)$|^tried this recipe\?.{0,60}$|^recipe rating$/i,
  // A recipe card's fields, as recipe plugins print them beside the ingredients: "Prep Time 10 mins", "Course Main Course",
  // "Servings 4 people", "Calories 412kcal", "Scale 1x2x3x", "Nutrition", "Did you make this recipe? …" (its nutrition row: isNutritionRow).
  // Case-sensitive: "Course correction" and "Calories matter …" are prose; the card's labels are capitalised, its values short.
  /^(?:Prep|Cook|Total|Active|Inactive|Resting|Chill(?:ing)?) [Tt]ime:?\s*\d{1,3}\s*(?:mins?|minutes?|hours?|hrs?)\b.{0,30}$|^(?:Course|Cuisine):?\s+\p{Lu}[\p{L}-]*(?:,?\s+\p{Lu}[\p{L}-]*){0,2}$|^(?:Servings|Yield):?\s+\d{1,3}(?:\s+\p{L}+){0,2}(?:\s*\([^()]{1,20}\))?$|^Calories:?\s*\d{1,5}\s*k?cal$|^Scale\s*1x\s*2x\s*3x$|^Nutrition (?:Facts|Information)$|^Did you make this recipe\?.{0,100}$/u,
  // The same card's fields, buttons and rating in the other languages: "Preparazione 20 minuti", "Porzioni 8", "Difficoltà facile",
  // "Portata: Dolci | Cucina: Italiana", "Salva su Pinterest", "Hai provato questa ricetta? …", "★★★★★ 4,8 su 5 (126 voti)".
  /^(?:Preparazione|Cottura|Porzioni|Difficoltà|Tempo di (?:preparazione|cottura)|Preparación|Cocción|Raciones|Porciones|Dificultad|Tiempo de (?:preparación|cocción)|Préparation|Cuisson|Portions|Difficulté|Temps de (?:préparation|cuisson)|Zubereitungszeit|Kochzeit|Backzeit|Arbeitszeit|Portionen|Schwierigkeit|Preparo|Cozimento|Porções|Rendimento|Dificuldade|Tempo de (?:preparo|cozimento))\s*:?\s*(?:\d{1,3}(?:\s*[-–]\s*\d{1,3})?\s*\p{L}{0,10}\.?|\p{L}{3,12})$|^(?:Portata|Categoría|Plato|Plat|Gang|Prato|Categoria)\s*:\s*[^|]{1,40}\|\s*(?:Cucina|Cocina|Cuisine|Küche|Cozinha)\s*:|^(?:salva su|guardar en|enregistrer sur|auf) pinterest(?: merken)?$|^(?:hai provato questa ricetta|¿has (?:probado|hecho) esta receta|vous avez (?:testé|essayé) cette recette|rezept ausprobiert|fez esta receita)\s*\??.{0,80}$|^[★☆\s]*\d(?:[.,]\d{1,2})?\s+(?:su|de|sur|von|of|em)\s+5\s*\(\d{1,6}\s+\p{L}{3,12}\)$/iu,
  // A broadcaster's promo for its own air: "WATCH LIVE: 22News streaming now", "Watch 22News at 6 for more on this story."
  /^watch live$|^watch live\s*[:|–—-]?\s*(?:\S+\s+){0,3}(?:streaming|on air)(?: now)?\.?$|^(?:watch|tune in to|catch)\b.{1,60}\bfor more on this story\.?$/i,
  // What an embedded Instagram post leaves in the text, in the languages Instagram prints it in.
  /^(?:view this post on instagram|view more on instagram|a (?:post|video|photo) shared by .{1,60}\(@[\w.]{1,30}\)|ver esta publicación en instagram|voir cette publication sur instagram|diesen beitrag auf instagram ansehen|visualizza questo post su instagram|ver essa publicação no instagram|bekijk dit bericht op instagram)$/i,
];
const isShortFurniture = anyOf(BOILERPLATE_SHORT);

const JAPANESE_PRODUCT_ROW = /^[^。]{1,40}[¥￥]\s?[\d,]+円?\s?(?:（税込）|\(税込\))[^。]{0,40}$/u;

// A call to get the site's app, closing its line: "Toute l'actualité en continu… Télécharger l'application", "Baixe o app".
// "點我下載APP", "下载APP": Chinese portals' call to install their app.
// "Open in app": a blog platform's button in its top bar.
const APP_PROMPT = /(?:點我下載|点我下载|下載app|下载app|télécharger l'application|téléchargez l'application|download (?:our|the) app|get the app|^open in (?:the )?app|^ouvrir dans l['’]app(?:lication)?|^in der app öffnen|^abrir en la app|^abrir no app|baixe o app(?:licativo)?|descarga (?:nuestra|la) app|scarica l'app|laden sie (?:unsere|die) app)\.?$/iu;

// "Download The Times of India News App for Latest City News.", "… on your phone: download the KXLB 8 News app.": a call to
// install the site's app, the sentence's own or after a colon.
// After a sentence of the promo, any app; after a colon, only the outlet's own news or weather app ("Step one is easy:
// download the Signal app." is a sentence).
// "… Descarga la nueva versión de nuestra app y actívalas …": the call in the languages the rules read, "our app" named.
// The verb opening the line or a sentence of it, not a noun in a quote ("«La descarga de nuestra app creció …»").
const APP_DOWNLOAD_OTHER = /(?:^|[.!]\s+)(?:descarga|descargue|baixe|télécharge[zr]?|scarica|laden sie|lade)\b.{0,40}\b(?:nuestra|nossa|notre|la nostra|unsere|unserer)\s+app\b/iu;
const APP_DOWNLOAD = /^download (?:the |our )?(?:free )?[\p{L}\d&'’ .-]{0,40}?\bapp\b(?:\s+(?:for|to|and|on)\b.{0,60})?[.!…]*$|[.!]\s+download (?:the |our )?(?:free )?[\p{L}\d&'’ .-]{0,40}?\bapp\b(?:\s+(?:for|to|and|on)\b.{0,60})?[.!…]*$|:\s+download (?:our (?:free )?(?:[\p{L}\d&'’ .-]{0,30} )?|the [\p{L}\d&'’ .-]{0,30}\b(?:news|weather) )app\b(?:\s+(?:for|to|and|on)\b.{0,60})?[.!…]*$/iu;
const NETWORK = "(?:twitter|x|facebook|instagram|linkedin|whatsapp|telegram|youtube|tiktok|threads|bluesky|google news)";
// The networks run to the line's end or to a "for …": "Follow the money on Telegram, investigators say, …" goes on as a sentence.
// "us", or two networks and more, or what the reader gets after them ("Follow the Money on TikTok", a show's title, is a headline).
const FOLLOW_ON_NETWORKS = new RegExp(
  `^follow us on ${NETWORK}(?:\\s*(?:,|and|&)\\s*${NETWORK})*(?:\\s+for\\b.{0,120})?[.!]?$|^follow \\S.{0,40}? on ${NETWORK}(?:(?:\\s*(?:,|and|&)\\s*${NETWORK})*\\s+for\\b.{0,120}|(?:\\s*(?:,|and|&)\\s*${NETWORK})+[.!]?)$`,
  "i",
);
/**
 * A recipe card's nutrition row: "Calories: 412kcal | Carbohydrates: 24g | Protein: 28g …", "Nutrition | Per serving
 * (1 1/2 cups): 310 calories, 46 g carbohydrates, …": three nutrients with their amounts at least, the row opening with
 * its label or its first nutrient.
 */
function isNutritionRow(line: string): boolean {
  if (!NUTRITION_OPENING.test(line)) return false;
  return (line.match(NUTRIENT_AMOUNT) ?? []).length >= 3;
}

const NUTRITION_OPENING = /^(?:nutrition(?: facts| information)?\s*[|:]|per serving\b|calories\b|\d{1,5}\s*(?:k?cal|calories)\b)/i;
const NUTRIENT_AMOUNT = /\b(?:calories|carbohydrates|carbs|protein|(?:saturated )?fat|sodium|fiber|fibre|sugars?|cholesterol|potassium)\s*:?\s*\d|\d\s*(?:k?cal|g|mg)?\s+(?:calories|carbohydrates|carbs|protein|(?:saturated )?fat|sodium|fiber|fibre|sugars?|cholesterol)\b/gi;

const EMBED_CONSENT_TEXT = /^(?:this article contains content provided by|este artículo contiene contenido proporcionado por|este artigo contém conteúdo fornecido pelo?|cet article contient du contenu fourni par) (?:twitter|x|instagram|youtube|facebook|tiktok|google youtube|meta)\b/i;
const SYNDICATED_FEED_NOTE = /\b(?:not been edited|auto-?generated|reworked)\b.{0,120}\bsyndicated feed\b|\bsyndicated feed\b.{0,60}\bnot been edited\b/i;
// Not "Published in the journal Nature, …", which a study's story may print as a line of its own.
// The day as an ordinal, as papers print their edition's date ("Published in Nature, March 4, 2021" cites a journal).
const PUBLISHED_IN_EDITION = /^Published in (?!the journal\b)(?:the )?\p{Lu}[\p{L}&'’ ]{1,40},\s+\p{L}+\.? \d{1,2}(?:st|nd|rd|th),? \d{4}\.?$/u;
// The site's own: "We acknowledge …" or "SBS acknowledges the Traditional Owners …" (a headline, "Albanese acknowledges
// traditional owners at Garma", names no land's custodians in capitals).
const COUNTRY_ACKNOWLEDGEMENT = /^We acknowledge (?:the )?(?:Aboriginal and Torres Strait Islander|Traditional (?:Owners|Custodians))\b|^\p{Lu}[\p{L}.]{1,20} acknowledges the Traditional (?:Owners|Custodians) of\b/u;
const WIRE_MATERIAL_NOTICE = /^this (?:service|site|website|page|programme|program) may (?:include|contain) material\b.{0,200}\bcopyright\b.{0,40}\b(?:cannot|may not|must not) be (?:reproduced|republished|redistributed)\b/i;

// A call to follow the site on a messenger or a news app, in the languages the byline rules read: "¡Únete a
// nuestro canal de WhatsApp…", "Folgen Sie uns auf WhatsApp…", "Siga o Jornal no Google News…", "Suivez-nous sur Google Actualités…".
const FOLLOW_PROMPT =
  /^(?:\p{Extended_Pictographic}\uFE0F?\s*)?(?:participe do canal|entre no canal|simak .{1,140} (?:whatsapp|telegram)|ikuti .{1,60} (?:whatsapp|telegram|google news)|join (?:the |our )?.{1,40} (?:whatsapp|telegram) (?:community|channel)|(?:підписуйтесь|подписывайтесь) на наш .{0,30}(?:telegram|viber|whatsapp)|get .{1,60}\bby joining our (?:whatsapp|telegram)|¡?únete a (?:nuestro|nuestra|el) (?:canal|comunidad|grupo)|síguenos en|folgen sie uns|folge uns|suivez[- ]nous|rejoignez[- ]nous sur|abonnez-vous à notre (?:chaîne|canal)|siga-nos|siga (?:o|a) .{1,40} n(?:o|a)s? (?:google|whatsapp|telegram|instagram|canal)|seguici su|unisciti al (?:nostro )?canale|pay attention: join\b.{1,60}\b(?:whatsapp|telegram)\b|receba .{1,80} pelo (?:whatsapp|telegram)\b|follow (?:us|[^.,]{1,40}?) on (?:whatsapp|telegram)(?=[.!]?$|[.!]\s*(?:join|click|tap)\b)|ακολουθήστε (?:μας|το|τον|την|τη) .{0,60}(?:google news|facebook|instagram|twitter|viber|youtube)|ติดตาม.{0,80}(?:ทาง|line|facebook)|obserwuj nas|bizi takip edin|follow us on|join (?:us on|our) (?:whatsapp|telegram|channel)|(?:add|set|make)(?: .{1,40}?)? as (?:a |your )?preferred source on google|like (?:us|[^.,]{1,40}?) on facebook,? (?:and )?follow\b|adicione o .{1,30} como fonte preferida no google|suivez .{1,40} sur (?:google actualités|whatsapp|telegram)|volg .{1,40} op (?:whatsapp|telegram|google nieuws)|folgen sie .{1,40} auf (?:google news|whatsapp|telegram))\b/iu;

// A page's feedback prompt: "Is this page useful?", "Was this article helpful?", "Did you find this helpful?".
const FEEDBACK_PROMPT = /^(?:is this (?:page|article|information) (?:useful|helpful)|do you like (?:the content of )?this (?:article|story|post)|what did you think of (?:today['’]s|this(?: week['’]s)?|this) (?:issue|newsletter|edition|post|email)|was this (?:page|article|post|answer|explainer|guide|story|information) (?:useful|helpful)|did you find this (?:page |article |information )?(?:useful|helpful)|share your feedback to help (?:us )?improve (?:our|the) (?:site|website|experience)(?: experience)?)[?!.]?$/i;

/**
 * The newsroom's call to its readers under a story, in the languages pages print it: a reaction widget's question,
 * a call for tips, photos or favourites ("How does this make you feel?", "Har du tatt bilder …? Send dem …",
 * "¿Tienes una taquería favorita …? Cuéntanos …", "Heb je een tip of foto? Stuur …", "Masz ciekawy temat? Napisz do nas",
 * "Если вы сняли … — присылайте …").
 */
const READER_CALL =
  /^(?:how does this (?:story |article )?make you feel\??|(?:we pay for your (?:stories|videos|photos|pictures)[!.]\s+)?do you have an? (?:story|news tip|tip|video|photo|picture)s?\b.{0,80}\?\s*(?:email|e-mail|call|contact|message|send|whatsapp)\b|har du (?:tatt |et |en )?(?:tips|bilder|video|bilde)\b.{0,80}\?\s*send\b|¿tienes .{1,80}\?\s*(?:cuéntanos|escríbenos|envíanos|compártelo)\b|(?:heb je|hebt u) (?:een )?(?:tip|foto|video)\b.{0,40}\?\s*(?:stuur|mail|app)\b|masz (?:ciekawy )?temat\?\s*napisz\b|если вы .{1,60}(?:присылайте|пишите нам|сообщите нам))/iu;

/**
 * An opinion page's call for letters or replies: the verb opening the line or the sentence after a question
 * ("Want to respond? Submit a letter to the editor", "To submit a response to this op-ed, email …"), or the
 * letters' rules ("Letters should be no more than 250 words", "Letters may be edited"). "She wrote a letter to the
 * editor in 1998" and "Letters must be postmarked by Friday" are text.
 */
const LETTERS_WORDS = word("etter", "op-ed", "response", "guest");
const LETTERS_CALL = /^(?:[^.!?]{0,80}\?\s+)?(?:(?:want|would you like|do you want) to |to |please )?(?:submit|send|write|e-?mail)\b.{0,40}\b(?:letters? to the editor|an? (?:op-ed|guest (?:column|essay))\b|an? (?:letter|response|reply) to this (?:op-ed|article|story|column|piece|essay)\b)|^letters?(?: to the editor)? (?:(?:should|must) (?:be no (?:more|longer) than|not exceed|include (?:the writer|your|a (?:full )?name))|may be edited)\b/i;

/** A line cut short by a teaser's template: dots glued to its last word or comma, four words or more of one sentence before them. */
const CUT_TEASER = /^\p{Lu}(?:[^.!?\s]*\s+){3,}[^.!?\s]*[\p{L},](?:\.\.\.|…)$/u;
const MAX_CUT_TEASER = 110;
/** The letters a print note opens with, lower-cased: a version…, this…, appeared/published…, ran…, dieser…, cet…. */
const PRINT_NOTE_OPENING = new Set([..."atprdcef"].map((c) => c.charCodeAt(0)));
/**
 * Where a story ran on paper: "This article appears in the April 2024 print edition with the headline “…”",
 * "This article was published in the April 2024 issue of …", "Published in the print edition of the March
 * 11, 2024, issue", "A version of this article appears in print on …": the story named, or the word print
 * ("Published in the journal Nature, …" is a sentence of the article).
 */
const PRINT_EDITION_NOTE =
  /^een versie van dit artikel verscheen (?:ook )?(?:in|op)\b.{0,120}$|^(?:a version of this (?:article|story|essay|review) (?:appears|appeared)|this (?:article|story|essay|review|piece) (?:appears|appeared|was published|ran)) (?:in|as)\b.{0,120}\b(?:print|issue)\b.{0,200}$|^(?:appeared|published|ran) (?:in|as)\b.{0,120}\bprint\b.{0,200}$|^(?:dieser (?:artikel|beitrag) (?:erschien|ist erschienen) in der .{0,60}ausgabe\b|cet article est paru dans\b).{0,200}$|^aus der (?:\S+ )?ausgabe (?:nr\. ?)?\d{1,3}\s?\/\s?\d{4}$|^from (?:the )?.{1,60}['’]s (?:\w+ )?\d{4} issue$|^from the (?:\w+ )?\d{4} issue of .{1,60}$/i;
/**
 * The read-aloud version's credit, opening the line: "Produced by … using AI narration.", "This article was
 * narrated by an AI voice." (not "The song was created using AI voices of …", a sentence of the article).
 */
const AI_NARRATION = /^(?:this (?:article|story) (?:was|is) )?(?:produced|generated|created|narrated|voiced|read aloud) (?:by|using|with)\b.{0,80}\b(?:AI|artificial intelligence) (?:narration|voices?|audio|narrator)\b[^.]{0,40}\.?$/i;
// What a machine made for the page, a summary or a voice, right before how it was made, naming AI in the page's
// language, and at most who checked it: "Summary generated with AI and reviewed by our editors.", "Diese Zusammenfassung
// wurde mithilfe von KI erstellt …". The made-by verb follows the subject (an auxiliary between at most): "Voice in Biden
// robocall was generated by AI" is a headline, "The summary is clear: we need rules for AI" a sentence.
const AI_NOTE_SUBJECT =
  "(?:(?:hinweis|note|nota|remarque)\\s*:\\s*)?(?:this |the |die |diese |dieser |ce |cet |cette |este |esta |deze |dit |questo |questa )?(?:(?:article |story )?summary|audio(?: version)?(?: of this (?:article|story))?|voice|zusammenfassung|audioversion(?: dieses artikels)?|résumé|version audio|resumen|resumo|áudio|samenvatting|riassunto|voce|sintesi)";
const AI_NOTE_AUXILIARY = "(?:\\s+(?:was|is|has been|wurde|ist|a été|est|fue|ha sido|foi|é|è stata|è stato|è|werd|is))?";
const AI_NOTE_VERB =
  "(?:generated|created|produced|made|written|narrated|read|generiert|erstellt|erzeugt|vorgelesen|généré|générée|produit|réalisé|réalisée|lu|generado|creado|hecho|gerado|criado|feito|lido|gemaakt|gegenereerd|voorgelezen|generato|generata|realizzato|realizzata|creato|creata|letto)";
// "mithilfe von KI erstellt", "with the help of AI": the help before the AI, the verb after it.
const AI_NOTE_HELP = "(?:mithilfe|mit hilfe|with the help|met behulp|con l['’]aiuto|con (?:la )?ayuda|com a ajuda|à l['’]aide|avec l['’]aide)(?:\\s+(?:von|of|van|de|della|di|des))?(?:\\s+(?:der|einer|la|una|a|l['’]|un|une))?";
const AI_WORDS =
  "(?:AI|A\\.I\\.|artificial intelligence|KI|künstliche[rn]? intelligenz|IA|intelligence artificielle|inteligencia artificial|inteligência artificial|intelligenza artificiale|kunstmatige intelligentie)";
const NOT_LETTER_BEFORE = "(?<!\\p{L})";
const NOT_LETTER_AFTER = "(?!\\p{L})";
// After the AI word: its tools, who checked it, a link to learn more, nothing else.
const AI_NOTE_TAIL =
  "(?:\\s+(?:tools?|ferramentas?|werkzeuge?|outils?|herramientas?|strumenti))?[.,]?(?:\\s+(?:and|und|et|e|y|en)\\s+.{0,80}?(?:reviewed|checked|verified|edited|geprüft|überprüft|vérifiée?|revisad[oa]|gecontroleerd|verificat[oa]|controllat[oa]|revisionat[oa])" + NOT_LETTER_AFTER + ".{0,60}?)?(?:\\s+(?:learn more|saiba mais|en savoir plus|mehr erfahren|más información|lees meer|scopri di più))?\\.?";
const AI_NOTE = new RegExp(
  `^${AI_NOTE_SUBJECT}${AI_NOTE_AUXILIARY}\\s+(?:${AI_NOTE_VERB}${NOT_LETTER_AFTER}.{0,60}?${NOT_LETTER_BEFORE}${AI_WORDS}|${AI_NOTE_HELP}\\s+${AI_WORDS}\\s+${AI_NOTE_VERB})${NOT_LETTER_AFTER}${AI_NOTE_TAIL}$|^voorgelezen door een computerstem\\.?$`,
  "iu",
);
/** A cheap test before the AI note's patterns: the line names AI in some language. */
function mayNameAi(line: string): boolean {
  return NAMES_AI.test(line);
}

// One scan for the seven words, not a scan for each ("AI", "IA", "KI" as spelled: the line's index folds case).
const NAMES_AI = /AI|IA|KI|A\.I\.|ntellig|ntelig|computerstem/;
/** A cheap test before the betting notice's patterns. */
const MAY_BE_GAMBLING = /18\+|responsib|gambl|odds |chances are|fun stops|glücksspiel|gamcare|comporte des risques|con responsabilidad|responsabilmente|in modo responsabile|com responsabilidade/i;
const GAMBLING_WORDS = words("18+", "responsib", "gambl", "odds ", "chances are", "fun stops", "glücksspiel", "gamcare", "comporte des risques", "con responsabilidad", "responsabilmente", "in modo responsabile", "com responsabilidade");
// The box's label: "Riassunto con l'IA", "Summary by AI", "Zusammenfassung mit KI".
const AI_BOX_LABEL = /^(?:riassunto|resumen|résumé|summary|zusammenfassung|samenvatting|resumo|sintesi)\s+(?:con|with|by|mit|met|com|avec|par|por|de|door|dalla)\s+(?:l['’]\s?|la\s+|der\s+)?(?:IA|AI|KI)$/iu;
// The regex reads the words in any case; the abbreviation must stand in capitals ("ai", "ia" are Italian and Indonesian words).
const AI_IN_CAPITALS = /(?<!\p{L})(?:AI|A\.I\.|KI|IA)(?!\p{L})|ntelligen|nteligên|nteligen|kunstmatige|computerstem/u;
const MAX_AI_NOTE = 220;
const OLD_STORY_NOTICE = /^this (?:article|story|was|piece) (?:was )?published (?:more than |over )?(?:\d{1,2}|a|an|one|two|three) (?:days?|months?|years?) ago\.?$|^this (?:article|story|piece) is more than (?:\d{1,2}|a|one|two|three) (?:months?|years?) old\.?$/i;
// What betting boxes and their ads print by law, in the markets' languages: an age limit beside the help line or the
// call to gamble responsibly, the odds' own note, the helpline's warning.
const GAMBLING_NOTICE =
  /(?:^|\s)18\+(?:\s+only)?\s*[|.]\s*.{0,80}(?:gambleaware|gamble|gambling|glücksspiel|t&cs?|agb|jeu|juego|gioco|jogo|apuesta|wett)|(?:^|[.!|]\s+)(?:please )?(?:gamble|play|bet) responsibly|when the fun stops,? stop|begambleaware|gamblinghelponline|gamcare|^odds (?:via|from|courtesy of|supplied by) .{1,40}(?:correct|accurate) (?:at|as of)\b|^chances are you(?:'|’)re about to lose\b|glücksspiel kann süchtig machen|jouer comporte des risques|juega con responsabilidad|gioca (?:responsabilmente|in modo responsabile)|jogue com responsabilidade/i;
const CACHED_COPY = /^This is \S+['’]s cache of (?:https?:\/\/)?\S+\.?\s+It is a snapshot of the page as it appeared on\b/;
const SITE_TERMS = /^(?:use of (?:and\/or registration on )?(?:any portion of )?this (?:site|website)|your use of this (?:site|website)|by using this (?:site|website))\b.{0,120}\bconstitutes acceptance of\b/i;
// A video box's label: "Watch highlights", "▶ Watch highlights", "Guarda gli highlights", "Highlights im Video: …".
const HIGHLIGHTS_LABEL = /^(?:[▶►▷]\s*)?(?:watch (?:the )?(?:match |game |race )?highlights|guarda gli highlights|highlights im video|ver (?:los )?(?:mejores momentos|highlights)|regardez les (?:temps forts|meilleurs moments)|veja os melhores momentos)(?:\s*[:：|–—-]\s*.{0,80})?$/i;
const GIFT_NOTE = /^(?:you can gift this (?:article|story)|gift this (?:article|story):|vous pouvez offrir cet article|offrez cet article|geef dit artikel cadeau|sie können diesen artikel verschenken|verschenken sie diesen artikel|puedes regalar este artículo|regala este artículo:|você pode presentear (?:esta|este) (?:matéria|reportagem|artigo)|presenteie (?:esta|este) (?:matéria|reportagem|artigo)|puoi regalare questo articolo|regala questo articolo:)/i;

/** A science-news aggregator's closing lines: how to cite the page, and its copyright note. */
const AGGREGATOR_FOOTER = /^citation:\s.{10,300}\bretrieved\b.{0,60}\bfrom\s+https?:\/\/\S+$|^this document is subject to copyright\b/i;
/** An outlet that lives on its readers asking them to join: the support, then the call. */
const MEMBERSHIP_APPEAL = /\b(?:reader|listener|viewer|member|audience)[- ]supported\b.{0,200}\b(?:become a (?:member|supporter|subscriber)|join (?:us|today|now)|donate|support (?:us|our (?:work|journalism))|subscribe)\b/i;
// "This story was originally published March 11, 2025 at 5:45 AM.": or when.
// Or its funding's note: "This story was produced with support from the Atlantic Journalism Fund.", "This reporting was
// made possible by a grant from …", "This article is part of a series supported by …".
const SYNDICATION_NOTE = /^this (?:article|story|column|piece|post) (?:originally|first) (?:appeared|ran|was published) (?:on|in)\s+\p{Lu}|^this (?:article|story) was (?:originally|first) published\s+(?:on\s+)?\p{Lu}\p{Ll}+\.? \d{1,2}, \d{4}|^this (?:article|story|report|reporting|project|series|coverage|piece|investigation) (?:was|is) (?:(?:produced|published|reported|made possible|supported|funded|written)(?: in part)? (?:with (?:the )?(?:financial )?support (?:of|from)|(?:in part )?(?:by|through|with) (?:a )?(?:grant|funding|support) from|in partnership with|in collaboration with)|part of (?:a|an|the) [\p{L} -]{1,40} (?:supported|funded) by)\s/iu;

/**
 * An outlet's own lines around the text, in the forms their templates print: a video player's controls and
 * labels (Video.js: "Beginning of dialog window. Escape will cancel and close the window.", "captions settings, opens
 * captions settings dialog"; "Click to play video: '…'"), a form's reCAPTCHA note, a newsroom's e-mail call, a
 * comments disclaimer, a summary tool's prompt.
 */
const OUTLET_FURNITURE =
  /^(?:beginning of dialog window\b|end of dialog window\b|this is a modal window\b|escape will cancel and close the window|close modal dialog$|captions settings, opens captions settings dialog|(?:captions|subtitles|descriptions) off, selected|click to play video\b|play video$|current time\s+\d{1,2}:\d{2}$|duration\s+(?:\d{1,2}:\d{2}|-:-)$|remaining time\s+-?(?:\d{1,2}:\d{2}|-:-)$|loaded:\s*\d{1,3}(?:\.\d+)?\s*%$|stream type live$|this site is protected by recaptcha\b|get in touch with (?:our|the) (?:news ?(?:team|desk)|newsroom)\b.{0,80}@|disclaimer:?\s.{0,40}\bcomments?\b.{0,80}\b(?:views?|opinions?)\b|(?:tap|click) here to read the summary$|read a summary of this (?:article|story)\b|(?:por favor,? )?inicia sesión\b.{1,80}\bcomentari)/i;
/** What OUTLET_FURNITURE's lines hold, in any case: a cheap test first. */
const MAY_BE_OUTLET_FURNITURE = /dialog|modal|caption|subtitle|description|play|time|duration|loaded|stream|recaptcha|news team|disclaimer|summary|sesión/i;
const OUTLET_FURNITURE_WORDS = words("dialog", "modal", "caption", "subtitle", "description", "play", "time", "duration", "loaded", "stream", "recaptcha", "news team", "disclaimer", "summary", "sesión");

/** The words a feedback prompt cannot do without, in any case: a cheap test before FEEDBACK_PROMPT. */
const MAY_BE_FEEDBACK = /seful|SEFUL|elpful|ELPFUL|eedback|think of|like the content|like this/;

// Cheap tests that must pass before the long patterns above are worth running on a line.
// "We use some essential cookies", "We'd like to set additional cookies", and "we use cookies" in languages whose verb comes
// first ("Vi og vores partnere bruger cookies", "Εμείς … χρησιμοποιούμε cookies", "Používáme soubory cookie") or last ("sütiket
// használunk"): the site in the first person, as a story about a company's cookies ("Google bruger cookies …") never is.
const MAX_COOKIE_NOTICE = 500;
const COOKIE_NOTICE_MORE =
  /\bwe(?:'d|’d| would)? (?:also )?(?:like to )?(?:use|set) (?:(?:some|additional|analytics|essential|optional|necessary) )+cookies\b|(?<!\p{L})(?:vi (?:og vores partnere |och våra partner |og våre partnere )?(?:bruger|bruker|använder)|käytämme|używamy|používáme|používame|folosim|utilizăm|χρησιμοποιούμε|използваме|використовуємо|koristimo|користимо)\s+(?:\S+\s+){0,2}?(?:cookies?|cookie-uri|evästeitä|kolačiće|колачиће|бисквитки|ciasteczek)(?!\p{L})|(?<!\p{L})(?:sütiket|cookie-kat|çerezler(?:i)?|çerez) (?:használunk|kullanıyoruz|kullanmaktayız|kullanılmaktadır|kullanılır|kullanıyor)(?!\p{L})/iu;

// "← Previous: Migrating … Next: Our on-call handbook →", "← Previous: … → Next: …": both links on one line.
const NEXT_POST = /\b(?:previous|next) (?:post|article|story)\s*[→»›]$|^[←«‹]\s*previous:.{3,120}\bnext:.{3,120}$/i;

// Case-sensitive on purpose: V8 scans literal alternatives much faster without the i flag.
// MAY_BE_COPYRIGHT's words for the line's index (rules/substrings.ts), which asks first.
const COPYRIGHT_WORDS = words("©", "(c)", "copyright", "reserv", "réserv", "vorbehalten", "riservati", "derechos", "無断", "版", "무단", "حقوق");
const MAY_BE_COPYRIGHT = /©|\([cC]\)|[Cc]opy[Rr]ight|COPYRIGHT|[Rr]eserv|RESERV|[Rr]éserv|RÉSERV|[Vv]orbehalten|VORBEHALTEN|[Rr]iservati|RISERVATI|[Dd]erechos|DERECHOS|無断|版|무단|حقوق/;
// "cookie" and the words for it in languages that have their own ("evästeitä", "kolačiće", "бисквитки", "sütiket", "çerez").
// "De Dagkrant gebruikt cookies … Klik op 'Akkoord' …": a site by its name uses cookies, and the line asks the reader to agree
// ("Meta använder cookies för att spåra användare" is news).
const SITE_USES_COOKIES = /(?<!\p{L})(?:gebruikt|verwendet|utilise des|utiliza|utilizza(?: i)?|använder|bruger|bruker|używa) (?:cookies?|plików cookie)(?!\p{L})/iu;
const ASKS_CONSENT = /(?<!\p{L})(?:klik op|click|cliquez|haga clic|clicca|klicken sie|klicka på|akkoord|accepteren|akzeptieren|accepter|aceptar|accettare|acceptera|godkänn|akceptuj|instemmen|zustimmen|einverstanden)(?!\p{L})/iu;
const MAY_BE_COOKIES = /cookie|eväste|kolačić|колачић|бисквитк|sütik|çerez/i;
const COOKIE_WORDS = words("cookie", "eväste", "kolačić", "колачић", "бисквитк", "sütik", "çerez");

/**
 * A consent box's text, as the advertising industry's consent framework has every site print it,
 * in its languages: "We and our 847 partners store and/or access information on a device…". Two
 * of its phrases in one line, not one: a story about privacy quotes one ("… collected precise
 * geolocation data …", "We and our partners take privacy seriously").
 */
function isConsentNotice(line: string): boolean {
  const phrases = new Set<string>();
  for (const m of line.matchAll(CONSENT_PHRASE)) phrases.add(m[0].toLowerCase().replace(/\d+ /, ""));
  return phrases.size >= 2;
}

const CONSENT_PHRASE =
  /\b(?:we and our (?:\d+ )?(?:partners|vendors)|wir und unsere (?:\d+ )?partner|nous et nos (?:\d+ )?partenaires|nosotros y nuestros (?:\d+ )?socios|noi e i nostri (?:\d+ )?partner|wij en onze (?:\d+ )?partners|nós e os nossos (?:\d+ )?parceiros|store and\/or access information on a device|(?:speichern|greifen) und\/oder (?:greifen auf|speichern) informationen|stocker et\/ou accéder à des informations|almacenar (?:y\/)?o acceder a información|archiviare e\/o accedere a informazioni|precise geolocation data|(?:click|tap) to consent|process(?:ing)? (?:your )?personal data|personali[sz]ed (?:ads|advertising)(?: and content)?|(?:ad|advertising) and content measurement|cookies?|personenbezogene daten|données personnelles|datos personales|dati personali|persoonsgegevens|dados pessoais)\b/giu;
/** Two of the consent framework's phrases, in a sentence, take this many characters at least. */
const MIN_CONSENT_TEXT = 80;

/**
 * The words a consent box's text cannot do without: a cheap test before its phrases. Searches
 * for plain substrings, which V8 runs far faster than a pattern's alternatives on every line.
 */
function mayBeConsent(line: string): boolean {
  // Every consent text names its partners or its cookies (or asks for consent) in one of these spellings.
  return holds(line, CONSENT_WORDS);
}

const CONSENT_WORDS = word("ookie", "artner", "onsent", "artenaire");

/** Site furniture: footers, nav rows, share buttons, cookie notices. Never article text. */
/** A writer's card sets the day they joined the site under its label ("Joined" / "Mar 3, 2021"): no stamp of the article. */
export function isJoinDate(previous: string, line: string): boolean {
  return line.length <= MAX_JOIN_DATE && JOINED_LABEL.test(previous) && hasCalendarDate(line);
}

const JOINED_LABEL = /^(?:joined|member since|mitglied seit|membre depuis|miembro desde|membro desde|lid sinds|iscritto dal)$/i;
const MAX_JOIN_DATE = 30;

/** A cookie notice: the site's use of cookies, or the reader's consent to them, in the languages the patterns know. */
export function isCookieNotice(line: string): boolean {
  return mayHold(line, COOKIE_WORDS) && MAY_BE_COOKIES.test(line) && (COOKIE_NOTICE.test(line) || (line.length <= MAX_COOKIE_NOTICE && (COOKIE_NOTICE_MORE.test(line) || (SITE_USES_COOKIES.test(line) && ASKS_CONSENT.test(line)))));
}

// The longest line whose answer is kept: a menu's, a footer's, a byline's; paragraphs do not repeat.
const MAX_REMEMBERED_LINE = 200;

/** Site furniture (isFurnitureLine below), its answers kept for the lines sites repeat on every page. */
export const isBoilerplate = memoizedByLine(isFurnitureLine, MAX_REMEMBERED_LINE);

function isFurnitureLine(line: string): boolean {
  if (/^powered by\b/i.test(line)) return true;
  if (isAffiliateDisclosure(line)) return true;
  if (isSiteNotice(line)) return true;
  if (isCookieNotice(line)) return true;
  if (line.length >= MIN_CONSENT_TEXT && mayBeConsent(line) && isConsentNotice(line)) return true;
  if (line.length <= 100 && isShortFurniture(line)) return true;
  // A tags line in any of its languages ("Címkék: …", "Schlagwörter: …"): read as the item's tags, never its text.
  if (line.length <= 300 && holds(line, GUARD_COLONS) && TAGS_LINE.test(line)) return true;
  if (line.length <= 70 && MAY_BE_FEEDBACK.test(line) && FEEDBACK_PROMPT.test(line)) return true;
  // "Two people in China have been diagnosed with the plague,...": a teaser's blurb cut short, its dots glued on.
  if (line.length <= MAX_CUT_TEASER && (line.endsWith("...") || line.endsWith("…")) && CUT_TEASER.test(line)) return true;
  // "This article originally appeared on Dayton Daily Ledger: …": a syndicated story's note of where it ran first.
  if (line.length <= 300 && (line.startsWith("This ") || line.startsWith("this ")) && SYNDICATION_NOTE.test(line)) return true;
  // "Originally published as Sydney commuters brace for …": a syndicated story's note of its first headline.
  if (line.length <= 200 && line.startsWith("Originally published as ") && !/[,.;]/.test(line)) return true;
  if (line.length <= 300 && mayHold(line, OUTLET_FURNITURE_WORDS) && MAY_BE_OUTLET_FURNITURE.test(line) && OUTLET_FURNITURE.test(line)) return true;
  if (line.length <= 400 && (line.startsWith("Citation:") || line.startsWith("This document")) && AGGREGATOR_FOOTER.test(line)) return true;
  // "This article appears in the April 2024 print edition with the headline “…”": where the story ran on paper.
  if (line.length <= 300 && PRINT_NOTE_OPENING.has(line.charCodeAt(0) | 0x20) && (line.includes("print") || line.includes("issue") || line.includes("Issue") || line.includes("Ausgabe") || line.includes("paru dans") || line.includes("verscheen")) && PRINT_EDITION_NOTE.test(line)) return true;
  // "Produced by … using AI narration.": the read-aloud version's credit.
  if (line.length <= 200 && line.includes("AI") && AI_NARRATION.test(line)) return true;
  // "Summary generated with AI and reviewed by our editors.", "Áudio gerado por inteligência artificial": a machine-made summary's or voice's note.
  if (line.length <= MAX_AI_NOTE && mayNameAi(line) && (AI_NOTE.test(line) || AI_BOX_LABEL.test(line)) && AI_IN_CAPITALS.test(line)) return true;
  // "This was published 5 months ago", "This article is more than 5 years old": an old story's notice.
  if (line.length <= 80 && OLD_STORY_NOTICE.test(line)) return true;
  // "This is Google's cache of https://…. It is a snapshot of the page as it appeared on …": a cached copy's header.
  if (line.length <= 400 && line.startsWith("This is ") && CACHED_COPY.test(line)) return true;
  // "Use of and/or registration on any portion of this site constitutes acceptance of our User Agreement …".
  if (line.length <= 400 && holds(line, GUARD_CONSTITUTES_ACCEPTANCE) && SITE_TERMS.test(line)) return true;
  // "18+ | BeGambleAware.org | T&Cs apply", "Odds via SkyBet, correct at 08:00. … Please gamble responsibly.": a betting box's notice.
  if (line.length <= 300 && mayHold(line, GAMBLING_WORDS) && MAY_BE_GAMBLING.test(line) && GAMBLING_NOTICE.test(line)) return true;
  // "Watch highlights", "Highlights im Video: FC Bayern – Borussia Dortmund 2:2": a video box's label.
  if (line.length <= 90 && HIGHLIGHTS_LABEL.test(line)) return true;
  // "Dublin 7°C", "9AM 8°C 12PM 10°C 5-Day Forecast": a masthead's weather widget.
  if (line.length <= 80 && holds(line, GUARD_DEGREE) && WEATHER_WIDGET.test(line)) return true;
  // "Vous pouvez offrir cet article à un proche…", "Geef dit artikel cadeau: …": a subscriber's gift of the article.
  if (line.length <= 300 && GIFT_NOTE.test(line)) return true;
  if (line.length <= 240 && READER_CALL.test(line)) return true;
  // "Tamarack is reader-supported. Become a member and get every issue in print and online. Join today": a membership appeal.
  if (line.length <= 300 && holds(line, GUARD_UPPORTED) && MEMBERSHIP_APPEAL.test(line)) return true;
  // "Have an opinion on this? Submit a letter to the editor.", "Letters should be no more than 250 words …": an opinion page's call for letters.
  if (line.length <= 300 && holds(line, LETTERS_WORDS) && LETTERS_CALL.test(line)) return true;
  if (isNewsletterPlatformPromo(line)) return true;
  // The promo's blurb may run on after its call ("… We also treat our community members to special offers …").
  if (isFollowPrompt(line)) return true;
  if (line.length <= 200 && holds(line, GUARD_APP) && (APP_PROMPT.test(line) || APP_DOWNLOAD.test(line) || APP_DOWNLOAD_OTHER.test(line))) return true;
  // "Follow Dawn Business on Twitter, LinkedIn, Instagram and Facebook for insights …": a call to follow, its networks closing it.
  if (line.length <= 240 && (line.startsWith("Follow ") || line.startsWith("FOLLOW ")) && FOLLOW_ON_NETWORKS.test(line)) return true;
  if (line.length <= 400 && isNutritionRow(line)) return true;
  // "This article contains content provided by Twitter. We ask for your permission before anything is loaded, …": the consent box's text.
  if (line.length <= 400 && EMBED_CONSENT_TEXT.test(line)) return true;
  // "This entry was posted on Sunday, April 27th, 2008 at 9:14 pm and is filed under Linux. You can follow any responses …":
  // WordPress's classic theme's post metadata, a template's sentence.
  if (line.length <= 400 && line.startsWith("This entry was posted") && /\bfiled under\b/.test(line)) return true;
  // "(Except for the headline, this story has not been edited by … staff and is published from a syndicated feed.)".
  if (line.length <= 300 && holds(line, GUARD_SYNDICATED_FEED) && SYNDICATED_FEED_NOTE.test(line)) return true;
  // "Published in Dawn, March 4th, 2021": the paper's edition the story ran in, as its last line.
  if (line.length <= 100 && line.startsWith("Published in ") && PUBLISHED_IN_EDITION.test(line)) return true;
  // "We acknowledge Aboriginal and Torres Strait Islander peoples as the First Australians …": a site's acknowledgement of country.
  if (line.length <= 400 && holds(line, GUARD_ACKNOWLEDGE) && COUNTRY_ACKNOWLEDGEMENT.test(line)) return true;
  // "This service may include material from … which is copyright and cannot be reproduced.": a wire-material notice.
  if (line.length <= 300 && holds(line, GUARD_COPYRIGHT) && WIRE_MATERIAL_NOTICE.test(line)) return true;
  // "Why we sold the car Next post →": the link to the next post, its arrow last or first (tested first: most lines have none).
  if (line.length <= 160 && (/[→»›]$/.test(line) || /^[←«‹]/.test(line)) && NEXT_POST.test(line)) return true;
  // "Catch all the Business News, Market News … on Business Current.": a business site's tagline closing each story.
  if (line.length <= 300 && line.startsWith("Catch all the ") && CATCH_ALL_TAGLINE.test(line)) return true;
  // "Why you can trust GadgetRadar Our expert reviewers spend hours testing …": a review site's note on its testing, however long.
  if (line.length <= 400 && line.startsWith("Why you can trust ") && TRUST_NOTE.test(line)) return true;
  // "Amazon $899 View", "Verizon $24.99/mth View": a review's shop row, the retailer, the price and the button.
  if (line.length <= 60 && holds(line, GUARD_VIEW) && RETAILER_PRICE_BUTTON.test(line)) return true;
  // "Buy from £14 at Greenleaf Direct", "View at Amazon", "£799 at Currys": a shopping guide's button, the price and the shop.
  if (line.length <= 60 && SHOP_BUTTON.test(line)) return true;
  // "トレンチコート ¥49,500（税込）Maison Hiraku": a Japanese shop box's row, the item, its price with tax and the brand.
  if (line.length <= 80 && holds(line, GUARD_TAX_INCLUDED) && JAPANESE_PRODUCT_ROW.test(line)) return true;
  // "£799": a price alone on its line, a shop box's.
  if (isPriceAlone(line)) return true;
  // "Delayed 15 mins. Data by Refinitiv": a quote box's note on its prices.
  if (line.length <= 120 && QUOTE_DELAY_NOTE.test(line)) return true;
  // "Нашли ошибку? Выделите её и нажмите Ctrl+Enter": a typo report's prompt, by its keys.
  if (line.length <= 160 && holds(line, GUARD_CTRL) && /\bctrl\s*\+\s*enter\b/i.test(line)) return true;
  // "Follow Dana Whitcombe": the button to follow the writer.
  if (line.length <= 50 && (line.startsWith("Follow ") || line.startsWith("Folgen ")) && looksLikePersonName(line.slice(7))) return true;
  // "Get email notifications on {{subject}} daily!": a template's placeholder the page never filled in.
  if (line.length <= 200 && holds(line, GUARD_PLACEHOLDER) && UNFILLED_PLACEHOLDER.test(line)) return true;
  // "【字体：大 中 小】　【打印】　【关闭】": a Chinese page's tools, each in its brackets; or unbracketed, the type size's
  // buttons first ("字号：大 中 小　打印　分享到：微信 微博 QQ空间").
  if (line.length <= 60 && line.startsWith("【") && BRACKETED_TOOLS.test(line)) return true;
  if (line.length <= 80 && line.startsWith("字") && TYPE_SIZE_TOOLS.test(line)) return true;
  // "Все статьи автора", "View all posts", "Alle Artikel des Autors": the link to the writer's page, alone.
  if (line.length <= 40 && AUTHOR_PAGE_BUTTON.test(line)) return true;
  if (isNavRow(line)) return true;
  return isShareRow(line);
}

// The words isBoilerplate's guards look for, asked of the line's index (rules/substrings.ts) before the line itself.
const GUARD_CONSTITUTES_ACCEPTANCE = word("constitutes acceptance");
const GUARD_ACKNOWLEDGE = word("acknowledge");
const GUARD_UPPORTED = word("upported");
const GUARD_SYNDICATED_FEED = word("syndicated feed");
const GUARD_COPYRIGHT = word("copyright");
const GUARD_PLACEHOLDER = word("{{");
const GUARD_TAX_INCLUDED = word("税込");
const GUARD_DEGREE = word("°");
const GUARD_VIEW = word("View");
const GUARD_APP = word("app", "App", "APP");
const GUARD_CTRL = word("Ctrl", "ctrl");
const GUARD_COLONS = word(":", "：");

const UNFILLED_PLACEHOLDER = /\{\{\s*[\w.-]{1,30}\s*\}\}/;
const TYPE_SIZE_TOOLS = /^(?:字号|字號|字体|字體)\s*[:：]\s*大\s*中\s*小(?:[\s　].{0,60})?$/u;
const BRACKETED_TOOLS = /^(?:【[^【】]{1,12}】[\s　]*){2,}$/u;

/** Whether the line is the link to the writer's page, alone ("Все статьи автора", "Ver más columnas de esta autora"). */
export function isAuthorPageButton(line: string): boolean {
  return line.length <= 40 && AUTHOR_PAGE_BUTTON.test(line);
}

const AUTHOR_PAGE_BUTTON =
  /^(?:(?:view|see) all (?:posts|articles|stories)|(?:view|see) (?:more|all) (?:posts|articles|stories) (?:by|from) (?:this|the) (?:author|writer)|more (?:articles |posts |stories )?(?:by|from) (?:this|the) (?:author|writer)|все (?:статьи|материалы|публикации) автора|всі (?:статті|матеріали|публікації) автора|alle (?:artikel|beiträge) (?:des autors|der autorin|von \p{Lu}\p{L}+)|tous (?:ses|les) articles(?: de l['’]auteur)?|todos (?:sus|los) artículos(?: del autor)?|todos os artigos(?: do autor)?|tutti gli articoli(?: dell['’]autore)?|wszystkie artykuły autora|yazarın (?:tüm|diğer) (?:haberleri|yazıları)|všechny články autora|ver más (?:columnas|artículos|notas|publicaciones) (?:de (?:este autor|esta autora|la autora|el autor))?|más columnas de (?:este autor|esta autora))\s*[→›»]?$/iu;

/** The site's name after "Why you can trust", then what its reviewers do ("Why you can trust your instincts" is a headline). */
const TRUST_NOTE = /^Why you can trust \p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,3}(?:$|\s+\p{Lu}.{0,350}\b(?:test|tests|tested|testing|review|reviews|reviewers|independent|experts?)\b)/u;
const CATCH_ALL_TAGLINE = /^Catch all the .{3,200}\b(?:news|updates)\b.{0,100}\bon\s+\p{Lu}/iu;
const RETAILER_PRICE_BUTTON = /^\p{Lu}[\p{L}&.'’ ]{1,30}\s+[$£€]\s?\d[\d.,]*(?:\s?\/\s?(?:mo|mth|month))?\s+View(?: Deal| Price| at \S+)?$/u;
/** A price alone on its line ("£799", "429,00 €"): a shop box's. */
export function isPriceAlone(line: string): boolean {
  return line.length <= 14 && PRICE_ALONE.test(line);
}

// "£799", "$24.99/mth", "429,00 €": the mark before the amount or after it.
const PRICE_ALONE = /^(?:[$£€]\s?\d[\d.,]*(?:\s?\/\s?(?:mo|mth|month))?|\d[\d.,]*\s?€)$/;
// "Vedi offerta su Amazon", "Ver oferta en Amazon", "Voir l'offre chez Fnac", "Zum Angebot bei Otto", "Miglior prezzo: 429,00 €": the same in
// the other languages, the shop's name after the button's words or none.
const SHOP_BUTTON = /^(?:(?:buy|shop|get it)(?: now)?(?: from| for)? [$£€]\s?\d[\d.,]*(?: at \p{Lu}[\p{L}&.'’ ]{1,30})?|(?:view|check price|see price|shop) at \p{Lu}[\p{L}&.'’ ]{1,30}|[$£€]\s?\d[\d.,]* at \p{Lu}[\p{L}&.'’ ]{1,30}|(?:vedi (?:l['’])?offerta|ver (?:la )?oferta|voir l['’]offre|zum angebot|ver (?:a )?oferta|bekijk (?:de )?aanbieding|acquista ora|compra(?:r)? ahora|comprar agora|jetzt kaufen|acheter maintenant)(?: (?:su|en|chez|sur|bei|na|no|bij) \p{Lu}[\p{L}&.'’ ]{1,30})?|(?:miglior prezzo|mejor precio|meilleur prix|bester preis|melhor preço|beste prijs|best price)\s*[:：]?\s*(?:[$£€]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|euro))\s*)$/iu;
const QUOTE_DELAY_NOTE = /^(?:(?:prices?|quotes?|data) )?delayed(?: by)? (?:at least )?\d{1,2} ?min(?:ute)?s?\b/i;

/**
 * Whether the line holds a separator nav rows use. Plain substring searches, asked of every
 * line: as fast as one pattern of the characters, and " > " needs no alternation beside them.
 */
/** A place (its words capitalised) and its temperature alone, or a row of hours and temperatures (a forecast's link after them). */
const WEATHER_WIDGET = /^(?:\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s+-?\d{1,3}\s?°\s?[CF]?|(?:\d{1,2}\s?(?:AM|PM|am|pm|h|:00)?\s+-?\d{1,3}\s?°\s?[CF]?\s*){2,}(?:\S.{0,30})?)$/u;

function hasNavSeparator(line: string): boolean {
  return holds(line, NAV_SEPARATORS);
}

const NAV_SEPARATORS = word("|", "•", "·", "»", "›", " > ", "＞", " / ");

/** A Unix path of two parts or more, or a command's flag: "/etc/wireguard", "-a", "--force". */
const SHELL_TOKEN = /(?:^|\s)~?(?:\/[\w.-]+){2,}|(?:^|\s)--?[a-z][\w-]*(?=\s|$)/;

/** The links a site's footer holds, in the languages its pages are in. */
const FOOTER_LINK =
  /^(?:about(?: us)?|contact(?: us)?|privacy(?: policy| notice| settings)?|terms(?: of (?:use|service))?|terms and conditions|cookies?(?: policy| settings)?|accessibility|sitemap|site map|careers|jobs|advertise(?: with us)?|legal(?: notice)?|disclaimer|imprint|impressum|datenschutz(?:erklärung)?|kontakt|agb|mentions légales|politique de confidentialité|aviso legal|política de privacidad|privacidad|contacto|note legali|privacy policy|privacybeleid|colofon|regulamin|polityka prywatności|利用規約|プライバシーポリシー|個人情報保護方針|お問い合わせ|会社概要|サイトマップ|隐私政策|用户协议|联系我们|关于我们|网站地图|免责声明|隱私權政策|聯絡我們|關於我們|이용약관|개인정보처리방침|회사소개|고객센터)$/i;


/** An arrow between two words, as breadcrumbs set it: "Home › News", "News > Local" (not », which quotes in German and Danish). */
const BREADCRUMB_ARROW = /[\p{L}\p{N}.)]\s*[›＞]\s*[\p{L}\p{N}(]|[\p{L}\p{N}.)]\s+>\s+[\p{L}\p{N}(]/u;
/** A spaced slash between three items or more: "Anasayfa / Ekonomi / İstanbul'da toplu ulaşıma zam" (two may be a headline's pair). */
const SLASHED_CRUMBS = /\S\s\/\s\S.*\s\/\s\S/u;

/** `| About Us | Privacy | … |`, `Home • World • Sport`, `Home › World news`: short items in a row. */
function isNavRow(line: string): boolean {
  // "利用規約　プライバシーポリシー": CJK pages part a footer's links with ideographic spaces.
  if (line.length <= 120 && line.includes("\u3000") && line.split(/\u3000+/).every((s) => FOOTER_LINK.test(s.trim()))) return true;
  if (!hasNavSeparator(line)) return false;
  // A shell pipeline ("sudo cat /etc/wireguard/private.key | wg pubkey | sudo tee …") is code, not a menu:
  // menus name no paths and pass no flags.
  if ((line.includes("/") || line.includes(" -")) && SHELL_TOKEN.test(line)) return false;
  // Bars, bullets and guillemets; ">" between spaces, as breadcrumbs set it ("Home > News > Local").
  const segments = line.split(/\s*[|•·»›＞]\s*|\s+>\s+|\s+\/\s+/).filter(Boolean);
  // "Terms of use | Privacy policy": the footer's links, however few.
  if (segments.length >= 2 && segments.every((s) => FOOTER_LINK.test(s))) return true;
  // Two items make a row when set apart by bars at its ends ("| About | Contact |") or by a
  // breadcrumb's arrow ("Home › World news", "News > Local"): never a headline's punctuation.
  if (segments.length < 3 && !(segments.length === 2 && (/^\||\|$/.test(line) || BREADCRUMB_ARROW.test(line)))) return false;
  // Short items ("U.S.", "Sport") are nav items even with a full stop; longer ones must not end a sentence.
  // A breadcrumb's last item is the page itself, its headline as long as it is, cut or not ("News > AI > 国内企業の… ...").
  // An instruction that walks a menu ("Go to Windows Update > Advanced options.") is a sentence: it ends like one.
  if (/\p{Ll}{2}\.$/u.test(line) && segments[0]!.split(/\s+/).length >= 3) return false;
  const crumbs = segments.length >= 3 && (BREADCRUMB_ARROW.test(line) || SLASHED_CRUMBS.test(line)) && segments.every((s) => !/^\p{Ll}/u.test(s)) && !/[^.]\.$/.test(line) ? segments.length - 1 : segments.length;
  return segments.every((s, k) => {
    if (k >= crumbs) return true;
    const words = s.split(/\s+/).length;
    return words <= 4 && (words <= 2 || !endsLikeSentence(s));
  });
}

// "Share this article" in other languages; followed by network names it is a share row.
// The verb, and the word before the network's name ("Share by email", "Compartir en Facebook", "Enviar por correo").
const SHARE_PHRASE =
  /^(share( this( article| story| page)?)?( by| on| via| with)?|email this( article| story| page)?|copier le lien|copy the link|teilen( auf| per| via)?|artikel teilen|partager( sur| par)?|envoyer par|compartir( en| por)?|comparte( en)?|enviar por|condividi( su| via)?|partilhar( no| na| por)?|compartilh(?:ar|e)( no| na| por)?|delen( op| via)?|この記事をシェア|シェア|分享到|分享至|分享|مشاركة|شارك)\s*[:：]?\s*/iu;

/** `Share | Tweet | Email`, `Facebook Twitter WhatsApp Email`, `この記事をシェア X Facebook LINE`. */
function isShareRow(line: string): boolean {
  if (line.length > 120) return false; // share rows are short
  // The tool row's buttons of several words ("Gift this article", "Listen to this article 9 min", "87 comments") go first.
  const lower = mayHoldToolPhrase(line) ? line.toLowerCase().replace(TOOL_PHRASES, " ").trim() : line.toLowerCase();
  // A tool button of several words alone ("Gift this article", "Show more sharing options").
  if (!lower && line.trim()) return true;
  const phrase = SHARE_PHRASE.exec(lower)?.[0] ?? "";
  const rest = lower.slice(phrase.length);
  if (phrase && !rest.trim()) return true;
  // One network name on a line of its own is a share button too ("Facebook" / "Twitter" / "Email").
  // Checked word by word, stopping at the first that is not one: most lines fail on their first word,
  // so the words are found one at a time rather than by splitting the whole line.
  let tokens = phrase ? 1 : 0;
  SHARE_ROW_WORD.lastIndex = 0;
  for (let m = SHARE_ROW_WORD.exec(rest); m !== null; m = SHARE_ROW_WORD.exec(rest)) {
    // "Share 214": a button's count beside it.
    if (/^\d{1,6}$/.test(m[0])) continue;
    if (!SHARE_WORDS.has(m[0].replace(/[:：]$/, ""))) return false;
    tokens++;
  }
  return tokens >= 1;
}

/** The buttons of a tool row written in several words, removed before its words are checked. */
const TOOL_PHRASES = /\b(?:gift (?:this |the )?article|listen to (?:this |the )?(?:article|story)(?: \d{1,3} ?min(?:ute)?s?)?|save (?:for later|article|this article|story|this story)|show more sharing options|more sharing options|read later|\d{1,5} comments?|\d{1,3} ?min(?:ute)?s? (?:read|listen))\b/g;

function mayHoldToolPhrase(line: string): boolean {
  return holds(line, TOOL_PHRASE_WORDS);
}

const TOOL_PHRASE_WORDS = word("rticle", "omment", "min", "ater", "tory", "haring");

/** A word of a share row: what stands between spaces, bars, bullets, commas and slashes. */
// (A text browser's buttons in brackets: "Share: [Facebook] [X] [Email] [Copy link]".)
const SHARE_ROW_WORD = /[^\s|•·,/[\]]+/g;

/** A `Tags:` line in the languages pages label them with: its list after the label. */
const TAGS_WORDS =
  "tags?|tagged(?: with| in)?|filed under|archivado en|arquivado em|classé dans|archiviato in|abgelegt unter|topics?|ämnen(?: i artikeln)?|emner|aiheet|onderwerpen|keywords?|labels|etichete|etiquetes|cuvinte cheie|टॉपिक्स|टैग्स|टैग|categories|category|címkék|themen|schlagwörter|schlagworte|stichwörter|kategorien?|mots-clés|mots clés|étiquettes|sujets|catégories?|etiquetas|temas|tópicos|assuntos|categorías?|categorias?|argomenti|parole chiave|categorie|trefwoorden|categorieën|теги|метки|темы|рубрики|tagit|avainsanat|etiketler|tagi|tagy|štítky|témata|témy|taggar|etiketter|emneord|ετικέτες|标签|標籤|相關關鍵字|相关关键词|關鍵字|关键词|タグ|태그|thẻ|từ khóa|टैग|ট্যাগ|แท็ก|แท็กที่เกี่ยวข้อง|ป้ายกำกับ|ປ້າຍກຳກັບ|ສະຫຼາກ|ស្លាក|တက်ဂ်များ|တက်ဂ်|الوسوم|كلمات مفتاحية|برچسب‌ها|برچسب ها|برچسبها|תגיות";
export const TAGS_LINE = new RegExp(`^(?:${TAGS_WORDS})\\s*[:：]\\s*(.+)$`, "iu");
/** The tags' label alone, without its colon ("Tags", "Témata", "标签"): the page's own list, never an article's fact. */
export const TAGS_LABEL = new RegExp(`^(?:${TAGS_WORDS})$`, "iu");
/** The tags' label alone on its line, its colon or not ("Tagi:" over "tramwaje" / "komunikacja miejska"). */
export const TAGS_LABEL_ALONE = new RegExp(`^(?:${TAGS_WORDS})\\s*[:：]?$`, "iu");
/** A tag set on a line of its own under the label: a few words, no sentence's stop. */
export function isTagUnderLabel(text: string): boolean {
  return text.length <= MAX_TAG_CHARS && !/[.!?:;,]$/.test(text) && text.split(/\s+/).length <= MAX_TAG_WORDS;
}
const MAX_TAG_CHARS = 40;
const MAX_TAG_WORDS = 4;
