import Foundation
print(EmbeddedFiles.procedures.count)
