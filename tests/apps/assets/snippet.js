window.jsFileRan = document.getElementById("root") !== null;
