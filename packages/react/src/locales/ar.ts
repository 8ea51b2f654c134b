import { arDirectory } from './directory/ar';
import { localeFormats } from './localeFormats';
import type { ProfileKitLocale } from './ProfileKitLocale';

const f = localeFormats('ar');

/** "n characters", "n items" with the noun in the form Arabic grammar asks for n. */
const counted = (one: string, two: string, few: string, many: string) => (n: number) =>
  f.plural(n, { one, two, few: `${n} ${few}`, many: `${n} ${many}`, other: `${n} ${one}` });
const characters = counted('حرف', 'حرفان', 'أحرف', 'حرفًا');
const items = counted('عنصر', 'عنصران', 'عناصر', 'عنصرًا');

/**
 * Arabic (العربية), Modern Standard Arabic, right to left. Counts follow Arabic's six plural forms
 * through `Intl.PluralRules`; digits stay Western as `Intl` formats them for `ar`.
 *
 * @example
 * ```tsx
 * import { ar } from '@profilekit/react/locales/ar';
 *
 * <ProfileKitProvider client={client} locale={ar}><ProfileEditForm /></ProfileKitProvider>
 * ```
 */
export const ar: ProfileKitLocale = {
  tag: 'ar',
  dir: 'rtl',
  messages: {
    ...arDirectory,
    labels: {
      uid: 'المعرّف (UID)',
      name: 'الاسم',
      avatar: 'الصورة الرمزية',
      link: 'الرابط',
      role: 'الدور',
      metadata: 'البيانات الوصفية',
      statusMessage: 'رسالة الحالة',
      tags: 'الوسوم',
      status: 'الحالة',
      lastActiveAt: 'آخر نشاط',
      hasBlockedMe: 'حظرني',
      blockedByMe: 'حظرتُه',
    },
    validation: {
      required: ({ label }) => `${label}: هذا الحقل مطلوب`,
      notText: ({ label }) => `${label}: يجب أن يكون نصًا`,
      uidCharacters: ({ label }) =>
        `${label}: يُسمح فقط بالحروف اللاتينية والأرقام والشرطة السفلية والشرطة (بلا مسافات أو علامات ترقيم أخرى)`,
      tooShort: ({ label }, min) =>
        min <= 1 ? `${label}: لا يمكن أن يكون فارغًا` : `${label}: يجب ألا يقل عن ${characters(min)}`,
      tooLong: ({ label }, max) => `${label}: يجب ألا يزيد على ${characters(max)}`,
      notHttpUrl: ({ label }) => `${label}: يجب أن يكون عنوان URL كاملًا يبدأ بـ http:// أو https://`,
      notJsonObject: ({ label }) => `${label}: يجب أن يكون كائن JSON، مثل {"plan": "pro"}`,
      tooLarge: ({ label }, maxBytes, bytes) =>
        `${label}: يجب ألا يتجاوز ${f.size(maxBytes)} بصيغة JSON (حجمه الآن ${f.size(bytes)})`,
      tooManyItems: ({ label }, max) => `${label}: الحد الأقصى ${items(max)}`,
      itemLength: ({ label }, min, max) => `${label}: يجب أن يكون طول كل عنصر من ${min} إلى ${characters(max)}`,
      notAList: ({ label }) => `${label}: يجب أن يكون قائمة`,
      unknownUnset: (fields) => `لا يمكن أن تحتوي unset إلا على ${fields.join(', ')}`,
      setAndUnset: ({ label }) => `${label}: لا يمكن تعيينه وحذفه في الوقت نفسه`,
      notAnObject: () => 'يجب أن يكون متن الطلب كائن JSON',
    },
    createOnlyHint: (label) => `${label}: يُعيَّن مرة واحدة ولا يمكن تغييره لاحقًا.`,
    readOnlyHint: (label) => `${label}: لا يمكن تغييره.`,
    lockedHint: (label) => `${label}: لا يغيّره إلا المسؤول.`,
    avatarPreview: 'معاينة الصورة الرمزية',
    avatarPreviewHint: 'تظهر المعاينة لعنوان صورة يبدأ بـ http:// أو https://.',
    avatarUpload: 'رفع صورة رمزية',
    avatarDropHint: 'أو أفلِت صورة أو الصقها: PNG أو JPEG أو WebP أو GIF.',
    avatarDropActive: 'أفلِت الصورة هنا',
    avatarEditorLoading: 'جارٍ فتح الصورة…',
    avatarWrongType: (label) => `يجب أن يكون حقل ${label} صورة PNG أو JPEG أو WebP أو GIF.`,
    avatarTooLarge: (label, bytes, maxBytes) =>
      `الحد الأقصى لحجم ${label} هو ${f.size(maxBytes)}؛ وحجم هذا الملف ${f.size(bytes)}.`,
    avatarTooSmall: (label, width, height, minSide) =>
      `يجب ألا تقل أبعاد ${label} عن ${minSide} × ${minSide} بكسل؛ وأبعاد هذه الصورة ${width} × ${height}.`,
    avatarTooManyPixels: (label, width, height) => `${label}: الصورة أكبر من أن تُعالَج (${width} × ${height} بكسل).`,
    avatarUnreadable: (label) => `${label}: تعذّرت قراءة هذه الصورة.`,
    avatarCropTitle: 'اقتصاص الصورة الرمزية',
    avatarCropArea: 'منطقة الاقتصاص: مفاتيح الأسهم تحرّك الصورة، و+ و− للتكبير والتصغير',
    avatarZoom: 'التكبير',
    avatarCropPosition: (zoom, left, top) => `التكبير ${zoom}%، ${left}% من اليسار، ${top}% من الأعلى`,
    avatarUseCrop: 'استخدام هذه الصورة',
    avatarChooseAnother: 'اختيار صورة أخرى',
    avatarCancel: 'إلغاء',
    avatarRetry: 'إعادة المحاولة',
    avatarUploading: (percent) => `جارٍ رفع الصورة الرمزية: ${percent}%`,
    avatarCancelUpload: 'إلغاء الرفع',
    avatarUploadCancelled: 'أُلغي الرفع.',
    avatarUploadFailed: (message) => `تعذّر رفع الصورة الرمزية: ${message}`,
    avatarUploaded: 'رُفعت الصورة الرمزية. احفظ التغييرات للإبقاء عليها.',
    openLink: 'فتح الرابط',
    newTag: 'وسم جديد',
    addTag: 'إضافة وسم',
    removeTag: (tag) => `إزالة الوسم ${tag}`,
    tagsCount: (count, max) => `الوسوم: ${count} من ${max}`,
    noTags: 'لا توجد وسوم بعد.',
    tagDuplicate: (tag) => `الوسم «${tag}» موجود بالفعل.`,
    formatJson: 'تنسيق JSON',
    jsonSize: (bytes, maxBytes) => `${f.size(bytes)} من ${f.size(maxBytes)}`,
    invalidJson: (label, reason) => `${label}: ليس JSON صالحًا: ${reason}`,
    chooseRole: 'اختر دورًا',
    online: 'متصل',
    offline: 'غير متصل',
    never: 'أبدًا',
    blockedByMe: 'لقد حظرت هذا المستخدم',
    hasBlockedMe: 'هذا المستخدم حظرك',
    notBlocked: 'لا',
    relativeTime: f.relativeTime,
    exactTime: f.exactTime,
    submitCreate: 'إنشاء مستخدم',
    submitUpdate: 'حفظ التغييرات',
    submitUpdateCurrent: 'حفظ الملف الشخصي',
    saving: 'جارٍ الحفظ…',
    reset: 'إعادة تعيين',
    saved: 'تم حفظ تغييراتك.',
    created: (name) => `تم إنشاء ${name}.`,
    nothingToSave: 'لم يتغير شيء: لا يوجد ما يُحفظ.',
    loading: 'جارٍ التحميل…',
    notLoggedIn: 'لم يسجّل أحد الدخول.',
    loadFailed: (message) => `تعذّر تحميل الملف الشخصي: ${message}`,
    fixFields: (count) =>
      f.plural(count, {
        one: 'صحّح الحقل المميّز.',
        two: 'صحّح الحقلين المميّزين.',
        few: `صحّح الحقول المميّزة (${count} حقول).`,
        many: `صحّح الحقول المميّزة (${count} حقلًا).`,
        other: `صحّح الحقول المميّزة (${count} حقل).`,
      }),
    rateLimited: (seconds) =>
      f.plural(seconds, {
        one: 'طلبات كثيرة جدًا. حاول مرة أخرى بعد ثانية واحدة.',
        two: 'طلبات كثيرة جدًا. حاول مرة أخرى بعد ثانيتين.',
        few: `طلبات كثيرة جدًا. حاول مرة أخرى بعد ${seconds} ثوانٍ.`,
        many: `طلبات كثيرة جدًا. حاول مرة أخرى بعد ${seconds} ثانية.`,
        other: `طلبات كثيرة جدًا. حاول مرة أخرى بعد ${seconds} ثانية.`,
      }),
    networkError: 'تعذّر الوصول إلى الخادم. تحقّق من اتصالك وحاول مرة أخرى.',
    userNotFound: 'هذا المستخدم غير موجود أو تم تعطيله.',
    sessionExpired: 'انتهت جلستك. سجّل الدخول مرة أخرى.',
    notAllowed: 'ليس لديك إذن للقيام بذلك.',
    appMisconfigured: 'هذا التطبيق غير مُعدّ بشكل صحيح. تواصل مع مسؤوله.',
    requestRejected: 'رفض الخادم الطلب.',
    serverUnavailable: 'حدثت مشكلة في الخادم. حاول مرة أخرى لاحقًا.',
    unexpectedError: 'حدث خطأ ما. حاول مرة أخرى.',
    serverFieldError: (label, detail) => `${label}: رفضه الخادم: ${detail}`,
    uidTaken: (uid) => `المعرّف «${uid}» مستخدم بالفعل.`,
    uidChecking: 'جارٍ التحقق من التوفر…',
    uidAvailable: (uid) => `«${uid}» متاح.`,
    uidUnavailable: (uid) => `«${uid}» مستخدم بالفعل.`,
    suggestedUid: (uid) => `اقتراح: ${uid}`,
    useSuggestion: 'استخدام الاقتراح',
    signUp: 'إنشاء حساب',
    retry: 'إعادة المحاولة',
    stepDetails: 'بياناتك',
    stepRegister: 'إنشاء حسابك',
    stepCreateUser: 'إنشاء مستخدم الدردشة',
    stepLogin: 'تسجيل الدخول',
    stepPending: 'في الانتظار',
    stepRunning: 'قيد التنفيذ',
    stepDone: 'تم',
    stepSkipped: 'تم التخطي',
    stepFailed: 'فشل',
    signupProgress: 'تقدّم التسجيل',
    signedUp: (name) => `أهلًا بك يا ${name}! تم تسجيلك وتسجيل دخولك.`,
    signupNotConfigured:
      'التسجيل غير مُعدّ: لا يملك هذا التطبيق خادمًا خلفيًا ولا مفتاح Auth Key لإنشاء مستخدمي الدردشة. توضح وحدة تحكم المتصفح كيفية الإصلاح.',
    dangerZone: 'منطقة الخطر',
    userActive: 'هذا المستخدم نشط.',
    userDeactivated: 'هذا المستخدم معطّل: لا يمكنه تسجيل الدخول ولا يظهر في القوائم.',
    deactivateUser: 'تعطيل المستخدم',
    deactivateHint: 'لا يمكن للمستخدم المعطّل تسجيل الدخول حتى تعيد تفعيله. لا يُحذف أي شيء.',
    reactivateUser: 'إعادة تفعيل المستخدم',
    deleteUser: 'حذف المستخدم',
    deleteDialogTitle: (name) => `حذف ${name}؟`,
    deleteDialogDescription: 'لن يتمكن المستخدم من تسجيل الدخول أو الدردشة بعد الآن. لا يمكن التراجع عن ذلك من هنا.',
    confirmUidLabel: (uid) => `اكتب المعرّف «${uid}» للتأكيد`,
    deletePermanently: 'حذف نهائي',
    deletePermanentlyHint: (uid) =>
      `يمحو المستخدم نهائيًا ويحرّر المعرّف «${uid}»: يمكن لشخص جديد التسجيل به. ` +
      'بدون هذا الخيار، يُعطَّل المستخدم بدلًا من ذلك ويبقى المعرّف محجوزًا.',
    cancel: 'إلغاء',
    confirmDelete: (uid) => `حذف ${uid}`,
    confirmDeletePermanently: (uid) => `حذف ${uid} نهائيًا`,
    working: 'جارٍ التنفيذ…',
    deactivated: (uid) => `تم تعطيل ${uid}.`,
    reactivated: (uid) => `تمت إعادة تفعيل ${uid}.`,
    deleted: (uid) => `تم حذف ${uid}. يبقى المعرّف محجوزًا.`,
    deletedPermanently: (uid) => `تم حذف ${uid} نهائيًا. أصبح المعرّف متاحًا من جديد.`,
    actionFailed: (message) => `لم تنجح العملية: ${message}`,
  },
};
