import { localeFormats } from './localeFormats';
import type { ProfileKitLocale } from './ProfileKitLocale';

const f = localeFormats('de');

/**
 * German (Deutsch), formal address ("Sie").
 *
 * @example
 * ```tsx
 * import { de } from '@profilekit/react/locales/de';
 *
 * <ProfileKitProvider client={client} locale={de}><ProfileEditForm /></ProfileKitProvider>
 * ```
 */
export const de: ProfileKitLocale = {
  tag: 'de',
  dir: 'ltr',
  messages: {
    labels: {
      uid: 'UID',
      name: 'Name',
      avatar: 'Profilbild',
      link: 'Link',
      role: 'Rolle',
      metadata: 'Metadaten',
      statusMessage: 'Statusmeldung',
      tags: 'Tags',
      status: 'Status',
      lastActiveAt: 'Zuletzt aktiv',
      hasBlockedMe: 'Hat mich blockiert',
      blockedByMe: 'Von mir blockiert',
    },
    validation: {
      required: ({ label }) => `${label} ist erforderlich`,
      notText: ({ label }) => `${label} muss Text sein`,
      uidCharacters: ({ label }) =>
        `${label} darf nur Buchstaben, Ziffern, Unterstrich und Bindestrich enthalten (keine Leerzeichen oder anderen Satzzeichen)`,
      tooShort: ({ label }, min) =>
        min <= 1 ? `${label} darf nicht leer sein` : `${label} muss mindestens ${min} Zeichen lang sein`,
      tooLong: ({ label }, max) => `${label} darf höchstens ${max} Zeichen lang sein`,
      notHttpUrl: ({ label }) => `${label} muss eine vollständige http://- oder https://-URL sein`,
      notJsonObject: ({ label }) => `${label} muss ein JSON-Objekt sein, z. B. {"plan": "pro"}`,
      tooLarge: ({ label }, maxBytes, bytes) =>
        `${label} darf als JSON höchstens ${f.size(maxBytes)} groß sein (aktuell ${f.size(bytes)})`,
      tooManyItems: ({ label }, max) => `${label} darf höchstens ${max} Einträge haben`,
      itemLength: ({ label }, min, max) => `Jeder Eintrag in ${label} muss ${min}–${max} Zeichen lang sein`,
      notAList: ({ label }) => `${label} muss eine Liste sein`,
      unknownUnset: (fields) => `„unset“ darf nur ${fields.join(', ')} enthalten`,
      setAndUnset: ({ label }) => `${label} kann nicht zugleich gesetzt und entfernt werden`,
      notAnObject: () => 'Der Anfragetext muss ein JSON-Objekt sein',
    },
    createOnlyHint: (label) => `${label} wird einmal festgelegt und kann später nicht geändert werden.`,
    readOnlyHint: (label) => `${label} kann nicht geändert werden.`,
    lockedHint: (label) => `Nur eine Administratorin oder ein Administrator kann ${label} ändern.`,
    avatarPreview: 'Vorschau des Profilbilds',
    avatarPreviewHint: 'Eine Vorschau erscheint für eine Bild-URL mit http:// oder https://.',
    openLink: 'Link öffnen',
    newTag: 'Neuer Tag',
    addTag: 'Tag hinzufügen',
    removeTag: (tag) => `Tag ${tag} entfernen`,
    tagsCount: (count, max) => `${count} von ${max} Tags`,
    noTags: 'Noch keine Tags.',
    tagTooLong: (max) => `Ein Tag darf höchstens ${max} Zeichen haben.`,
    tagDuplicate: (tag) => `Den Tag „${tag}“ gibt es schon.`,
    tooManyTags: (max) => `Höchstens ${max} Tags.`,
    formatJson: 'JSON formatieren',
    jsonSize: (bytes, maxBytes) => `${f.size(bytes)} von ${f.size(maxBytes)}`,
    invalidJson: (label, reason) => `${label} ist kein gültiges JSON: ${reason}`,
    chooseRole: 'Rolle wählen',
    online: 'Online',
    offline: 'Offline',
    never: 'Nie',
    blockedByMe: 'Sie haben diese Person blockiert',
    hasBlockedMe: 'Diese Person hat Sie blockiert',
    notBlocked: 'Nein',
    relativeTime: f.relativeTime,
    exactTime: f.exactTime,
    submitCreate: 'Benutzer anlegen',
    submitUpdate: 'Änderungen speichern',
    submitUpdateCurrent: 'Profil speichern',
    saving: 'Wird gespeichert…',
    reset: 'Zurücksetzen',
    saved: 'Ihre Änderungen wurden gespeichert.',
    created: (name) => `${name} wurde angelegt.`,
    nothingToSave: 'Nichts geändert: Es gibt nichts zu speichern.',
    loading: 'Wird geladen…',
    notLoggedIn: 'Niemand ist angemeldet.',
    loadFailed: (message) => `Das Profil konnte nicht geladen werden: ${message}`,
    fixFields: (count) =>
      f.plural(count, {
        one: 'Bitte korrigieren Sie das markierte Feld.',
        other: `Bitte korrigieren Sie die ${count} markierten Felder.`,
      }),
    rateLimited: (seconds) =>
      f.plural(seconds, {
        one: `Zu viele Anfragen. Versuchen Sie es in ${seconds} Sekunde erneut.`,
        other: `Zu viele Anfragen. Versuchen Sie es in ${seconds} Sekunden erneut.`,
      }),
    networkError: 'Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    userNotFound: 'Diesen Benutzer gibt es nicht oder er wurde deaktiviert.',
    sessionExpired: 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.',
    notAllowed: 'Dazu sind Sie nicht berechtigt.',
    appMisconfigured: 'Diese App ist nicht richtig eingerichtet. Wenden Sie sich an die Administration.',
    requestRejected: 'Der Server hat die Anfrage abgelehnt.',
    serverUnavailable: 'Der Server hatte ein Problem. Versuchen Sie es später erneut.',
    unexpectedError: 'Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.',
    serverFieldError: (label, detail) => `${label} wurde vom Server abgelehnt: ${detail}`,
    uidTaken: (uid) => `Die UID „${uid}“ ist bereits vergeben.`,
    uidChecking: 'Verfügbarkeit wird geprüft…',
    uidAvailable: (uid) => `„${uid}“ ist verfügbar.`,
    uidUnavailable: (uid) => `„${uid}“ ist bereits vergeben.`,
    suggestedUid: (uid) => `Vorschlag: ${uid}`,
    useSuggestion: 'Vorschlag übernehmen',
    signUp: 'Registrieren',
    retry: 'Erneut versuchen',
    stepDetails: 'Ihre Angaben',
    stepRegister: 'Konto erstellen',
    stepCreateUser: 'Chat-Benutzer anlegen',
    stepLogin: 'Anmelden',
    stepPending: 'Wartet',
    stepRunning: 'Läuft',
    stepDone: 'Erledigt',
    stepSkipped: 'Übersprungen',
    stepFailed: 'Fehlgeschlagen',
    signupProgress: 'Fortschritt der Registrierung',
    signedUp: (name) => `Willkommen, ${name}! Sie sind registriert und angemeldet.`,
    dangerZone: 'Gefahrenbereich',
    userActive: 'Dieser Benutzer ist aktiv.',
    userDeactivated: 'Dieser Benutzer ist deaktiviert: Er kann sich nicht anmelden und erscheint in keiner Liste.',
    deactivateUser: 'Benutzer deaktivieren',
    deactivateHint:
      'Ein deaktivierter Benutzer kann sich erst wieder anmelden, wenn Sie ihn reaktivieren. Nichts wird gelöscht.',
    reactivateUser: 'Benutzer reaktivieren',
    deleteUser: 'Benutzer löschen',
    deleteDialogTitle: (name) => `${name} löschen?`,
    deleteDialogDescription:
      'Der Benutzer kann sich nicht mehr anmelden oder chatten. Das lässt sich hier nicht rückgängig machen.',
    confirmUidLabel: (uid) => `Geben Sie zur Bestätigung die UID „${uid}“ ein`,
    deletePermanently: 'Endgültig löschen',
    deletePermanentlyHint: (uid) =>
      `Löscht den Benutzer endgültig und gibt die UID „${uid}“ frei: Jemand Neues kann sich damit registrieren. ` +
      'Ohne diese Option wird der Benutzer stattdessen deaktiviert und die UID bleibt vergeben.',
    cancel: 'Abbrechen',
    confirmDelete: (uid) => `${uid} löschen`,
    confirmDeletePermanently: (uid) => `${uid} endgültig löschen`,
    working: 'Wird ausgeführt…',
    deactivated: (uid) => `${uid} wurde deaktiviert.`,
    reactivated: (uid) => `${uid} wurde reaktiviert.`,
    deleted: (uid) => `${uid} wurde gelöscht. Die UID bleibt vergeben.`,
    deletedPermanently: (uid) => `${uid} wurde endgültig gelöscht. Die UID ist wieder frei.`,
    actionFailed: (message) => `Das hat nicht geklappt: ${message}`,
  },
};
