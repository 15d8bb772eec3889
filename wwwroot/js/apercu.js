// Aperçu en direct, chargé seulement en développement (voir Views/Shared/_Apercu.cshtml).
// Écoute /_apercu/evenements (server-sent events) et recharge la page dès que le serveur annonce
// une version du contenu autre que celle de la page ; met en forme la liste des erreurs de contenu.
// Pas de script en ligne ni d'attribut style : tout passe par ce fichier et par le CSSOM.
(function () {
  'use strict';

  var script = document.currentScript || document.querySelector('script[data-apercu-evenements]');
  if (!script) {
    return;
  }

  var pageVersion = script.getAttribute('data-apercu-version');
  var pageInstance = script.getAttribute('data-apercu-instance');
  var root = document.documentElement;

  function setStyles(element, styles) {
    Object.keys(styles).forEach(function (name) {
      element.style[name] = styles[name];
    });
  }

  function showErrors() {
    var panel = document.getElementById('apercu-erreurs');
    if (!panel) {
      return;
    }

    setStyles(panel, {
      position: 'fixed',
      right: '1rem',
      bottom: '1rem',
      left: '1rem',
      zIndex: '2147483647',
      maxHeight: '45vh',
      overflow: 'auto',
      margin: '0 auto',
      maxWidth: '60rem',
      padding: '1rem 1.25rem',
      background: '#fff5f5',
      color: '#5c0000',
      border: '2px solid #b00020',
      borderRadius: '0.5rem',
      boxShadow: '0 0.5rem 2rem rgba(0, 0, 0, 0.25)',
      font: '0.95rem/1.45 system-ui, sans-serif'
    });
    var close = document.createElement('button');
    close.type = 'button';
    close.textContent = 'Masquer';
    setStyles(close, { float: 'right', marginLeft: '1rem', font: 'inherit', cursor: 'pointer' });
    close.addEventListener('click', function () {
      panel.hidden = true;
    });
    panel.insertBefore(close, panel.firstChild);
  }

  function listen() {
    if (typeof window.EventSource !== 'function') {
      return;
    }

    // EventSource se reconnecte seul (serveur redémarré, veille…) ; le premier message après chaque
    // connexion donne la version courante, si bien qu'aucun changement n'est manqué.
    var source = new EventSource(script.getAttribute('data-apercu-evenements'));
    var reloading = false;
    source.addEventListener('open', function () {
      root.setAttribute('data-apercu', 'connecté');
    });
    source.addEventListener('error', function () {
      root.setAttribute('data-apercu', 'déconnecté');
    });
    source.addEventListener('version', function (event) {
      var data;
      try {
        data = JSON.parse(event.data);
      } catch (e) {
        return;
      }

      if (reloading) {
        return;
      }

      if (String(data.version) !== pageVersion || data.instance !== pageInstance) {
        reloading = true;
        root.setAttribute('data-apercu', 'rechargement');
        source.close();
        window.location.reload();
      }
    });
  }

  showErrors();
  listen();
}());
