import { frDirectory } from './directory/fr';
import { localeFormats } from './localeFormats';
import type { ProfileKitLocale } from './ProfileKitLocale';

const f = localeFormats('fr');

/**
 * French (Français), formal address ("vous"), with the French spacing before « : ? ! » (no-break spaces).
 *
 * @example
 * ```tsx
 * import { fr } from '@profilekit/react/locales/fr';
 *
 * <ProfileKitProvider client={client} locale={fr}><ProfileEditForm /></ProfileKitProvider>
 * ```
 */
export const fr: ProfileKitLocale = {
  tag: 'fr',
  dir: 'ltr',
  messages: {
    ...frDirectory,
    labels: {
      uid: 'UID',
      name: 'Nom',
      avatar: 'Avatar',
      link: 'Lien',
      role: 'Rôle',
      metadata: 'Métadonnées',
      statusMessage: 'Message de statut',
      tags: 'Étiquettes',
      status: 'Statut',
      lastActiveAt: 'Dernière activité',
      hasBlockedMe: 'M’a bloqué',
      blockedByMe: 'Bloqué par moi',
    },
    validation: {
      required: ({ label }) => `${label} est obligatoire`,
      notText: ({ label }) => `${label} doit être du texte`,
      uidCharacters: ({ label }) =>
        `${label} ne peut contenir que des lettres, des chiffres, le tiret bas et le tiret (ni espaces ni autre ponctuation)`,
      tooShort: ({ label }, min) =>
        min <= 1 ? `${label} ne peut pas être vide` : `${label} doit contenir au moins ${min} caractères`,
      tooLong: ({ label }, max) => `${label} doit contenir au plus ${max} caractères`,
      notHttpUrl: ({ label }) => `${label} doit être une URL complète en http:// ou https://`,
      notJsonObject: ({ label }) => `${label} doit être un objet JSON, par exemple {"plan": "pro"}`,
      tooLarge: ({ label }, maxBytes, bytes) =>
        `${label} doit faire au plus ${f.size(maxBytes)} en JSON (actuellement ${f.size(bytes)})`,
      tooManyItems: ({ label }, max) => `${label} peut contenir au plus ${max} éléments`,
      itemLength: ({ label }, min, max) => `Chaque élément de ${label} doit contenir de ${min} à ${max} caractères`,
      notAList: ({ label }) => `${label} doit être une liste`,
      unknownUnset: (fields) => `« unset » ne peut contenir que ${fields.join(', ')}`,
      setAndUnset: ({ label }) => `${label} ne peut pas être à la fois défini et supprimé`,
      notAnObject: () => 'Le corps de la requête doit être un objet JSON',
    },
    createOnlyHint: (label) => `${label} est défini une seule fois et ne peut plus être modifié.`,
    readOnlyHint: (label) => `${label} ne peut pas être modifié.`,
    lockedHint: (label) => `Seul un administrateur peut modifier ce champ (${label}).`,
    avatarPreview: 'Aperçu de l’avatar',
    avatarPreviewHint: 'Un aperçu s’affiche pour une URL d’image en http:// ou https://.',
    avatarUpload: 'Téléverser un avatar',
    avatarDropHint: 'Ou déposez ou collez une image : PNG, JPEG, WebP ou GIF.',
    avatarDropActive: 'Déposez l’image ici',
    avatarEditorLoading: 'Ouverture de l’image…',
    avatarWrongType: (label) => `${label} doit être une image PNG, JPEG, WebP ou GIF.`,
    avatarTooLarge: (label, bytes, maxBytes) =>
      `${label} ne doit pas dépasser ${f.size(maxBytes)} ; ce fichier fait ${f.size(bytes)}.`,
    avatarTooSmall: (label, width, height, minSide) =>
      `${label} doit faire au moins ${minSide} × ${minSide} pixels ; cette image fait ${width} × ${height}.`,
    avatarTooManyPixels: (label, width, height) =>
      `${label} est trop grande pour être traitée : ${width} × ${height} pixels.`,
    avatarUnreadable: (label) => `${label} : impossible de lire cette image.`,
    avatarCropTitle: 'Recadrez votre avatar',
    avatarCropArea: 'Zone de recadrage : les flèches déplacent l’image, + et − zooment',
    avatarZoom: 'Zoom',
    avatarCropPosition: (zoom, left, top) => `Zoom ${zoom} %, ${left} % depuis la gauche, ${top} % depuis le haut`,
    avatarUseCrop: 'Utiliser cette image',
    avatarChooseAnother: 'Choisir une autre image',
    avatarCancel: 'Annuler',
    avatarRetry: 'Réessayer',
    avatarUploading: (percent) => `Téléversement de l’avatar : ${percent} %`,
    avatarCancelUpload: 'Annuler le téléversement',
    avatarUploadCancelled: 'Téléversement annulé.',
    avatarUploadFailed: (message) => `Échec du téléversement de l’avatar : ${message}`,
    avatarUploaded: 'Avatar téléversé. Enregistrez pour le conserver.',
    openLink: 'Ouvrir le lien',
    newTag: 'Nouvelle étiquette',
    addTag: 'Ajouter',
    removeTag: (tag) => `Retirer l’étiquette ${tag}`,
    tagsCount: (count, max) =>
      f.plural(count, { one: `${count} étiquette sur ${max}`, other: `${count} étiquettes sur ${max}` }),
    noTags: 'Aucune étiquette pour l’instant.',
    tagDuplicate: (tag) => `L’étiquette « ${tag} » est déjà là.`,
    formatJson: 'Mettre en forme',
    jsonSize: (bytes, maxBytes) => `${f.size(bytes)} sur ${f.size(maxBytes)}`,
    invalidJson: (label, reason) => `${label} n’est pas du JSON valide : ${reason}`,
    chooseRole: 'Choisir un rôle',
    online: 'En ligne',
    offline: 'Hors ligne',
    never: 'Jamais',
    blockedByMe: 'Vous avez bloqué cet utilisateur',
    hasBlockedMe: 'Cet utilisateur vous a bloqué',
    notBlocked: 'Non',
    relativeTime: f.relativeTime,
    exactTime: f.exactTime,
    submitCreate: 'Créer l’utilisateur',
    submitUpdate: 'Enregistrer',
    submitUpdateCurrent: 'Enregistrer le profil',
    saving: 'Enregistrement…',
    reset: 'Rétablir',
    saved: 'Vos modifications ont été enregistrées.',
    created: (name) => `${name} a été créé.`,
    nothingToSave: 'Aucune modification : rien à enregistrer.',
    loading: 'Chargement…',
    notLoggedIn: 'Personne n’est connecté.',
    loadFailed: (message) => `Impossible de charger le profil : ${message}`,
    fixFields: (count) =>
      f.plural(count, { one: 'Corrigez le champ signalé.', other: `Corrigez les ${count} champs signalés.` }),
    rateLimited: (seconds) =>
      f.plural(seconds, {
        one: `Trop de requêtes. Réessayez dans ${seconds} seconde.`,
        other: `Trop de requêtes. Réessayez dans ${seconds} secondes.`,
      }),
    networkError: 'Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.',
    userNotFound: 'Cet utilisateur n’existe pas ou a été désactivé.',
    sessionExpired: 'Votre session a expiré. Reconnectez-vous.',
    notAllowed: 'Vous n’êtes pas autorisé à faire cela.',
    appMisconfigured: 'Cette application est mal configurée. Contactez son administrateur.',
    requestRejected: 'Le serveur a refusé la requête.',
    serverUnavailable: 'Le serveur a rencontré un problème. Réessayez plus tard.',
    unexpectedError: 'Une erreur s’est produite. Réessayez.',
    serverFieldError: (label, detail) => `Le serveur a refusé ${label} : ${detail}`,
    uidTaken: (uid) => `L’UID « ${uid} » est déjà pris.`,
    uidChecking: 'Vérification de la disponibilité…',
    uidAvailable: (uid) => `« ${uid} » est disponible.`,
    uidUnavailable: (uid) => `« ${uid} » est déjà pris.`,
    suggestedUid: (uid) => `Suggestion : ${uid}`,
    useSuggestion: 'Utiliser la suggestion',
    signUp: 'S’inscrire',
    retry: 'Réessayer',
    stepDetails: 'Vos informations',
    stepRegister: 'Création du compte',
    stepCreateUser: 'Création de l’utilisateur de chat',
    stepLogin: 'Connexion',
    stepPending: 'En attente',
    stepRunning: 'En cours',
    stepDone: 'Terminé',
    stepSkipped: 'Ignoré',
    stepFailed: 'Échec',
    signupProgress: 'Progression de l’inscription',
    signedUp: (name) => `Bienvenue, ${name} ! Vous êtes inscrit et connecté.`,
    signupNotConfigured:
      'L’inscription n’est pas configurée : cette app n’a ni backend ni Auth Key pour créer des utilisateurs de chat. La console du navigateur explique comment corriger cela.',
    dangerZone: 'Zone de danger',
    userActive: 'Cet utilisateur est actif.',
    userDeactivated: 'Cet utilisateur est désactivé : il ne peut pas se connecter et n’apparaît dans aucune liste.',
    deactivateUser: 'Désactiver l’utilisateur',
    deactivateHint:
      'Un utilisateur désactivé ne peut plus se connecter tant que vous ne le réactivez pas. Rien n’est supprimé.',
    reactivateUser: 'Réactiver l’utilisateur',
    deleteUser: 'Supprimer l’utilisateur',
    deleteDialogTitle: (name) => `Supprimer ${name} ?`,
    deleteDialogDescription:
      'L’utilisateur ne pourra plus se connecter ni discuter. Cette action ne peut pas être annulée d’ici.',
    confirmUidLabel: (uid) => `Saisissez l’UID « ${uid} » pour confirmer`,
    deletePermanently: 'Supprimer définitivement',
    deletePermanentlyHint: (uid) =>
      `Efface l’utilisateur pour de bon et libère l’UID « ${uid} » : quelqu’un d’autre pourra s’inscrire avec. ` +
      'Sans cette option, l’utilisateur est désactivé et l’UID reste pris.',
    cancel: 'Annuler',
    confirmDelete: (uid) => `Supprimer ${uid}`,
    confirmDeletePermanently: (uid) => `Supprimer ${uid} définitivement`,
    working: 'En cours…',
    deactivated: (uid) => `${uid} a été désactivé.`,
    reactivated: (uid) => `${uid} a été réactivé.`,
    deleted: (uid) => `${uid} a été supprimé. L’UID reste pris.`,
    deletedPermanently: (uid) => `${uid} a été supprimé définitivement. L’UID est de nouveau libre.`,
    actionFailed: (message) => `Cela n’a pas fonctionné : ${message}`,
  },
};
