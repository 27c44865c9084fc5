package de.globallokal.webui.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import de.globallokal.core.value.Attachment;
import de.globallokal.webui.files.FileStore;
import java.util.List;
import java.util.function.Consumer;

/** Vaadin's upload speaks English by itself: here it speaks the page's language. */
public final class Uploads {

    private Uploads() {
    }

    /**
     * An upload into the file store, in the page's language, for files of the given
     * types: what the store kept goes to {@code kept}, the reason it refused a file (a
     * translated sentence) to {@code refused}.
     */
    public static Upload intoStore(Component view, FileStore files, String buttonKey, List<String> types,
            Consumer<FileStore.StoredFile> kept, Consumer<String> refused) {
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            try {
                kept.accept(files.store(metadata.fileName(), bytes));
            }
            catch (FileStore.RefusedException e) {
                refused.accept(view.getTranslation(e.reason()));
            }
        }));
        localized(upload, view);
        upload.setMaxFileSize((int) Attachment.MAX_BYTES);
        upload.setAcceptedFileTypes(types.toArray(String[]::new));
        upload.setUploadButton(new Button(view.getTranslation(buttonKey)));
        return upload;
    }

    public static Upload localized(Upload upload, Component view) {
        UploadI18N.DropFiles drop = new UploadI18N.DropFiles();
        drop.setOne(view.getTranslation("upload.drop.one"));
        drop.setMany(view.getTranslation("upload.drop.many"));
        UploadI18N.AddFiles add = new UploadI18N.AddFiles();
        add.setOne(view.getTranslation("upload.add.one"));
        add.setMany(view.getTranslation("upload.add.many"));
        UploadI18N.File file = new UploadI18N.File();
        file.setRemove(view.getTranslation("upload.file.remove"));
        file.setRetry(view.getTranslation("upload.file.retry"));
        file.setStart(view.getTranslation("upload.file.start"));
        UploadI18N.Error error = new UploadI18N.Error();
        error.setTooManyFiles(view.getTranslation("upload.error.many"));
        error.setFileIsTooBig(view.getTranslation("files.refused.size"));
        error.setIncorrectFileType(view.getTranslation("files.refused.type"));
        upload.setI18n(new UploadI18N().setDropFiles(drop).setAddFiles(add).setFile(file).setError(error));
        return upload;
    }

}
